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

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stand-in for openHAB's {@code ConfigParser}, with its three public methods. A configuration arrives as a map
 * of loosely typed values (numbers as {@link BigDecimal}, texts, booleans, lists); this class fills a
 * configuration bean's fields from it and converts single values to the type a field or caller asks for.
 */
@NonNullByDefault
public final class ConfigParser {

    private static final Logger LOGGER = LoggerFactory.getLogger(ConfigParser.class);

    /** How a number becomes each numeric target type (a primitive is looked up by its box). */
    private static final Map<Class<?>, Function<Number, Object>> FROM_NUMBER = Map.of(Integer.class, Number::intValue,
            Long.class, Number::longValue, Double.class, Number::doubleValue, Float.class, Number::floatValue,
            Short.class, Number::shortValue, Byte.class, Number::byteValue, BigDecimal.class,
            number -> new BigDecimal(number.toString()));

    /** How a text becomes each target type that is not itself a text (a primitive is looked up by its box). */
    private static final Map<Class<?>, Function<String, Object>> FROM_TEXT = Map.of(Integer.class, Integer::valueOf,
            Long.class, Long::valueOf, Double.class, Double::valueOf, Float.class, Float::valueOf, Short.class,
            Short::valueOf, Byte.class, Byte::valueOf, Boolean.class, Boolean::valueOf, BigDecimal.class,
            BigDecimal::new);

    /** The box of each primitive type. */
    private static final Map<Class<?>, Class<?>> BOXES = Map.of(int.class, Integer.class, long.class, Long.class,
            double.class, Double.class, float.class, Float.class, short.class, Short.class, byte.class, Byte.class,
            boolean.class, Boolean.class);

    private ConfigParser() {
    }

    /**
     * Creates the bean through its public no-argument constructor and sets every field (its own and inherited,
     * except final, static and transient ones) whose name is a key of the map. A field without a key, or whose
     * value cannot be converted, keeps its initial value.
     *
     * @return the filled bean, or null when the class cannot be instantiated
     */
    public static <T> @Nullable T configurationAs(Map<String, @Nullable Object> properties,
            Class<T> configurationClass) {
        T bean;
        try {
            bean = configurationClass.getConstructor().newInstance();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
        for (Class<?> level = configurationClass; level != null; level = level.getSuperclass()) {
            for (Field field : level.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                Object raw = properties.get(field.getName());
                if (raw == null || Modifier.isFinal(modifiers) || Modifier.isStatic(modifiers)
                        || Modifier.isTransient(modifiers)) {
                    continue;
                }
                assign(bean, field, raw);
            }
        }
        return bean;
    }

    /** Sets one field; a value that does not fit (a text that is no number, say) is logged and skipped. */
    private static void assign(Object bean, Field field, Object raw) {
        try {
            Object value = raw instanceof Collection<?> many ? collect(field, many) : valueAs(raw, field.getType());
            if (value == null) {
                LOGGER.warn("Configuration value of '{}' does not fit the field and is ignored", field.getName());
                return;
            }
            field.setAccessible(true);
            field.set(bean, value);
        } catch (IllegalAccessException | RuntimeException e) {
            LOGGER.warn("Field '{}' cannot be set: {}", field.getName(), e.getMessage());
        }
    }

    /** A list or set field receives its elements converted one by one; elements that do not convert are left out. */
    private static @Nullable Collection<Object> collect(Field field, Collection<?> values) {
        Collection<Object> target;
        if (List.class.isAssignableFrom(field.getType())) {
            target = new ArrayList<>();
        } else if (Set.class.isAssignableFrom(field.getType())) {
            target = new HashSet<>();
        } else {
            return null;
        }
        Type generic = field.getGenericType();
        Type element = generic instanceof ParameterizedType parameterized ? parameterized.getActualTypeArguments()[0]
                : Object.class;
        Class<?> elementType = element instanceof Class<?> elementClass ? elementClass : Object.class;
        for (Object item : values) {
            Object converted = valueAs(item, elementType);
            if (converted != null) {
                target.add(converted);
            }
        }
        return target;
    }

    /**
     * Converts a value, or its text, to the given type.
     *
     * @return the converted value, or the default when the value is null or does not convert
     */
    public static <T> T valueAsOrElse(@Nullable Object value, Class<T> type, T defaultValue) {
        return Objects.requireNonNullElse(valueAs(value, type), defaultValue);
    }

    /**
     * Converts a value, or its text, to the given type: numbers to any numeric type, texts to numbers, booleans,
     * enum constants or a one-element list or set.
     *
     * @return the converted value, or null when the value is null or does not convert
     */
    @SuppressWarnings("unchecked")
    public static <T> @Nullable T valueAs(@Nullable Object value, Class<T> type) {
        // a primitive field takes its box as it is
        Class<?> expected = BOXES.getOrDefault(type, type);
        if (value == null || expected.isInstance(value)) {
            return (T) value;
        }
        Object converted = null;
        if (value instanceof Number number) {
            Function<Number, Object> conversion = FROM_NUMBER.get(expected);
            converted = conversion == null ? null : conversion.apply(number);
        } else if (value instanceof String text) {
            converted = fromText(text, expected);
        }
        if (converted != null && expected.isInstance(converted)) {
            return (T) converted;
        }
        LOGGER.warn("Value '{}' ({}) cannot be converted to {}", value, value.getClass().getName(), type.getName());
        return null;
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static @Nullable Object fromText(String text, Class<?> type) {
        Function<String, Object> conversion = FROM_TEXT.get(type);
        if (conversion != null) {
            return conversion.apply(text);
        }
        if (type.isEnum()) {
            return Enum.valueOf((Class<? extends Enum>) type, text);
        }
        if (Set.class.isAssignableFrom(type)) {
            return Set.of(text);
        }
        if (Collection.class.isAssignableFrom(type)) {
            return List.of(text);
        }
        return null;
    }
}
