/*
 * Copyright (c) 2010-2026 Contributors to the openHAB project
 *
 * See the NOTICE file(s) distributed with this work for additional
 * information.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.core.config.core;

import static java.util.Collections.synchronizedMap;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.Nullable;

/**
 * This class is a wrapper for configuration settings of things (numbers normalized to BigDecimal, like openHAB).
 */
public class Configuration {

    private final Map<String, Object> properties;

    /**
     * Creates an empty configuration.
     */
    public Configuration() {
        this(Map.of(), true);
    }

    /**
     * Creates a new configuration initialized with the values of the given configuration.
     *
     * @param configuration the configuration that should be cloned (may be null)
     */
    public Configuration(final @Nullable Configuration configuration) {
        this(configuration == null ? Map.of() : configuration.properties, true);
    }

    /**
     * Creates a new configuration from the given properties; values are normalized.
     *
     * @param properties the properties the configuration should be filled with (may be null)
     */
    public Configuration(@Nullable Map<String, Object> properties) {
        this(properties == null ? Map.of() : properties, false);
    }

    private Configuration(final Map<String, Object> properties, final boolean alreadyNormalized) {
        this.properties = synchronizedMap(alreadyNormalized ? new HashMap<>(properties) : normalizeTypes(properties));
    }

    /**
     * Maps this configuration onto a new instance of the given class (see {@link ConfigParser}).
     *
     * @param configurationClass the configuration class (needs a public no-arg constructor)
     * @return the configuration object
     */
    public <T> T as(Class<T> configurationClass) {
        synchronized (properties) {
            return ConfigParser.configurationAs(properties, configurationClass);
        }
    }

    /**
     * Check if the given key is present in the configuration.
     *
     * @param key the key that existence should be checked
     * @return true if the key is part of the configuration, false if not
     */
    public boolean containsKey(String key) {
        return properties.containsKey(key);
    }

    /**
     * Returns the value of the given key.
     *
     * @param key the key
     * @return the value or null
     */
    public Object get(String key) {
        return properties.get(key);
    }

    /**
     * Sets a value; numbers are normalized to BigDecimal.
     *
     * @param key the key
     * @param value the value (may be null)
     * @return the previous value
     */
    public Object put(String key, @Nullable Object value) {
        Object normalizedValue = value == null ? null : normalizeType(value);
        return properties.put(key, normalizedValue);
    }

    /**
     * Removes a value.
     *
     * @param key the key
     * @return the removed value
     */
    public Object remove(String key) {
        return properties.remove(key);
    }

    /**
     * Returns a copy of the key set.
     *
     * @return the keys
     */
    public Set<String> keySet() {
        synchronized (properties) {
            return Collections.unmodifiableSet(new HashSet<>(properties.keySet()));
        }
    }

    /**
     * Returns a copy of the values.
     *
     * @return the values
     */
    public Collection<Object> values() {
        synchronized (properties) {
            return Collections.unmodifiableCollection(new ArrayList<>(properties.values()));
        }
    }

    /**
     * Returns an unmodifiable copy of the properties.
     *
     * @return the properties
     */
    public Map<String, Object> getProperties() {
        synchronized (properties) {
            return Collections.unmodifiableMap(new HashMap<>(properties));
        }
    }

    /**
     * Replaces all properties with the given ones (normalized).
     *
     * @param newProperties the new properties
     */
    public void setProperties(Map<String, Object> newProperties) {
        synchronized (properties) {
            this.properties.clear();
            newProperties.forEach(this::put);
        }
    }

    @Override
    public int hashCode() {
        return properties.hashCode();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return (obj instanceof Configuration other) && this.properties.equals(other.properties);
    }

    @Override
    public String toString() {
        final StringBuilder sb = new StringBuilder();
        sb.append("Configuration[");
        synchronized (properties) {
            boolean first = true;
            for (final Map.Entry<String, Object> prop : properties.entrySet()) {
                if (first) {
                    first = false;
                } else {
                    sb.append(", ");
                }
                Object value = prop.getValue();
                sb.append(String.format("{key=%s; type=%s; value=%s}", prop.getKey(),
                        value != null ? value.getClass().getSimpleName() : "?", value));
            }
        }
        sb.append("]");
        return sb.toString();
    }

    // --- normalization as done by openHAB's ConfigUtil.normalizeTypes / normalizeType (without descriptions) ---

    private static Map<String, Object> normalizeTypes(Map<String, Object> configuration) {
        Map<String, Object> convertedConfiguration = new HashMap<>(configuration.size());
        for (Map.Entry<String, Object> parameter : configuration.entrySet()) {
            String name = parameter.getKey();
            Object value = parameter.getValue();
            if (!"objectClass".equals(name) && !"component.name".equals(name) && !"component.id".equals(name)) {
                convertedConfiguration.put(name, value == null ? null : normalizeType(value));
            }
        }
        return convertedConfiguration;
    }

    private static Object normalizeType(Object value) {
        if (value instanceof Boolean || value instanceof String) {
            return value;
        } else if (value instanceof Number number) {
            return normalizeNumber(number);
        } else if (value instanceof Collection<?> collection) {
            List<Object> list = new ArrayList<>(collection.size());
            for (Object it : collection) {
                if (it == null) {
                    continue;
                }
                Object normalized = normalizeType(it);
                list.add(normalized);
                if (normalized.getClass() != list.get(0).getClass()) {
                    throw new IllegalArgumentException(
                            "Invalid configuration property. Heterogeneous collection value!");
                }
            }
            return list.isEmpty() ? List.of() : list;
        }
        throw new IllegalArgumentException(
                "Invalid type '{%s}' of configuration value!".formatted(value.getClass().getCanonicalName()));
    }

    private static Object normalizeNumber(Number value) {
        if (value instanceof BigDecimal bigDecimalValue) {
            return stripTrailingZeros(bigDecimalValue);
        } else if (value instanceof Byte || value instanceof Short || value instanceof Integer
                || value instanceof Long) {
            return new BigDecimal(value.longValue());
        } else if (value instanceof Float floatValue) {
            return new BigDecimal(floatValue.toString());
        } else if (value instanceof Double doubleValue) {
            return BigDecimal.valueOf(doubleValue);
        }
        return value;
    }

    private static BigDecimal stripTrailingZeros(BigDecimal value) {
        BigDecimal ret = value;
        if (ret.scale() > 1) {
            ret = ret.stripTrailingZeros();
            if (ret.scale() == 0) {
                ret = ret.setScale(1);
            }
        }
        return ret;
    }
}
