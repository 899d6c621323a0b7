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
package org.openhab.core.library.types;

import java.math.BigDecimal;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.types.Command;
import org.openhab.core.types.ComplexType;
import org.openhab.core.types.PrimitiveType;
import org.openhab.core.types.State;

/**
 * The {@link PointType} is a WGS84 location: latitude, longitude and optional altitude ("lat,long[,alt]").
 */
@NonNullByDefault
public class PointType implements ComplexType, Command, State {

    // constants for the constituents
    public static final String KEY_LATITUDE = "lat";
    public static final String KEY_LONGITUDE = "long";
    public static final String KEY_ALTITUDE = "alt";

    private static final BigDecimal CIRCLE = new BigDecimal(360);
    private static final BigDecimal FLAT = new BigDecimal(180);
    private static final BigDecimal RIGHT_ANGLE = new BigDecimal(90);

    private BigDecimal latitude = BigDecimal.ZERO; // in decimal degrees
    private BigDecimal longitude = BigDecimal.ZERO; // in decimal degrees
    private BigDecimal altitude = BigDecimal.ZERO; // in decimal meters

    /**
     * Default constructor creates a point at sea level where the equator (0° latitude) and the prime meridian (0°
     * longitude) intersect.
     */
    public PointType() {
    }

    /**
     * Creates a point.
     *
     * @param latitude the latitude in degrees
     * @param longitude the longitude in degrees
     */
    public PointType(DecimalType latitude, DecimalType longitude) {
        canonicalize(latitude, longitude);
    }

    /**
     * Creates a point.
     *
     * @param latitude the latitude in degrees
     * @param longitude the longitude in degrees
     * @param altitude the altitude in meters
     */
    public PointType(DecimalType latitude, DecimalType longitude, DecimalType altitude) {
        this(latitude, longitude);
        this.altitude = altitude.toBigDecimal();
    }

    /**
     * Creates a point.
     *
     * @param latitude the latitude in degrees
     * @param longitude the longitude in degrees
     */
    public PointType(StringType latitude, StringType longitude) {
        this(new DecimalType(latitude.toString()), new DecimalType(longitude.toString()));
    }

    /**
     * Creates a point.
     *
     * @param latitude the latitude in degrees
     * @param longitude the longitude in degrees
     * @param altitude the altitude in meters
     */
    public PointType(StringType latitude, StringType longitude, StringType altitude) {
        this(new DecimalType(latitude.toString()), new DecimalType(longitude.toString()),
                new DecimalType(altitude.toString()));
    }

    /**
     * Parses a point from "lat,long[,alt]".
     *
     * @param value the text
     */
    public PointType(String value) {
        if (!value.isEmpty()) {
            List<String> elements = List.of(value.split(","));
            if (elements.size() >= 2) {
                canonicalize(new DecimalType(elements.get(0).trim()), new DecimalType(elements.get(1).trim()));
                if (elements.size() == 3) {
                    altitude = new BigDecimal(elements.get(2).trim());
                } else if (elements.size() > 3) {
                    throw new IllegalArgumentException(value
                            + " is not a valid PointType syntax. The syntax must not consist of more than 3 elements.");
                }
            } else {
                throw new IllegalArgumentException(value + " is not a valid PointType syntax");
            }
        } else {
            throw new IllegalArgumentException("Constructor argument must not be blank");
        }
    }

    /**
     * Returns the latitude.
     *
     * @return the latitude in degrees
     */
    public DecimalType getLatitude() {
        return new DecimalType(latitude);
    }

    /**
     * Returns the longitude.
     *
     * @return the longitude in degrees
     */
    public DecimalType getLongitude() {
        return new DecimalType(longitude);
    }

    /**
     * Returns the altitude.
     *
     * @return the altitude in meters
     */
    public DecimalType getAltitude() {
        return new DecimalType(altitude);
    }

    /**
     * Sets the altitude.
     *
     * @param altitude the altitude in meters
     */
    public void setAltitude(DecimalType altitude) {
        this.altitude = altitude.toBigDecimal();
    }

    /**
     * Static access to {@link PointType#PointType(String)}.
     *
     * @param value the text
     * @return a new {@link PointType}
     */
    public static PointType valueOf(String value) {
        return new PointType(value);
    }

    @Override
    public String format(@Nullable String pattern) {
        return String.format(pattern, getConstituents().values().toArray());
    }

    @Override
    public String toString() {
        return toFullString();
    }

    @Override
    public String toFullString() {
        StringBuilder sb = new StringBuilder(latitude.toPlainString());
        sb.append(',');
        sb.append(longitude.toPlainString());
        if (!BigDecimal.ZERO.equals(altitude)) {
            sb.append(',');
            sb.append(altitude.toPlainString());
        }
        return sb.toString();
    }

    @Override
    public SortedMap<String, PrimitiveType> getConstituents() {
        SortedMap<String, PrimitiveType> result = new TreeMap<>();
        result.put(KEY_LATITUDE, getLatitude());
        result.put(KEY_LONGITUDE, getLongitude());
        result.put(KEY_ALTITUDE, getAltitude());
        return result;
    }

    /**
     * Canonicalize the current latitude and longitude values such that latitude is in [-90, 90] and longitude in
     * (-180, 180].
     */
    private void canonicalize(DecimalType aLat, DecimalType aLon) {
        latitude = FLAT.add(aLat.toBigDecimal()).remainder(CIRCLE);
        longitude = aLon.toBigDecimal();
        if (latitude.compareTo(BigDecimal.ZERO) == -1) {
            latitude = latitude.add(CIRCLE);
        }
        latitude = latitude.subtract(FLAT);
        if (latitude.compareTo(RIGHT_ANGLE) == 1) {
            latitude = FLAT.subtract(latitude);
            longitude = longitude.add(FLAT);
        } else if (latitude.compareTo(RIGHT_ANGLE.negate()) == -1) {
            latitude = FLAT.negate().subtract(latitude);
            longitude = longitude.add(FLAT);
        }
        longitude = FLAT.add(longitude).remainder(CIRCLE);
        if (longitude.compareTo(BigDecimal.ZERO) <= 0) {
            longitude = longitude.add(CIRCLE);
        }
        longitude = longitude.subtract(FLAT);
    }

    @Override
    public int hashCode() {
        int tmp = 10000 * getLatitude().hashCode();
        tmp += 100 * getLongitude().hashCode();
        tmp += getAltitude().hashCode();
        return tmp;
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof PointType other)) {
            return false;
        }
        return getLatitude().equals(other.getLatitude()) && getLongitude().equals(other.getLongitude())
                && getAltitude().equals(other.getAltitude());
    }
}
