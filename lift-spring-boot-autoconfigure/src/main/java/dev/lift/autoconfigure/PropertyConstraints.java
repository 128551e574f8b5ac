/*
 * Copyright 2026-present the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

package dev.lift.autoconfigure;

import java.time.Duration;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonPointer;

import dev.lift.error.LiftConfigurationException;

import org.springframework.util.StringUtils;

/**
 * The checks every {@code lift.*} property goes through at start-up. Each fails with a
 * {@link LiftConfigurationException} naming the property, the value and what is accepted, which
 * {@link LiftConfigurationFailureAnalyzer} reports; each returns the value it accepted. Checks of a
 * {@code Integer}, {@code Double}, {@code Float} or nullable {@code Duration} let an unset value
 * ({@code null}) through: it falls through to the layer below (see {@code PatternOverrides}).
 */
public final class PropertyConstraints {

    /** An HTTP field name is a token (RFC 9110, section 5.1). */
    private static final Pattern HTTP_TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    private PropertyConstraints() {
    }

    /**
     * The check the others are made of.
     * @param accepted whether the value is accepted
     * @param property the property
     * @param value the value
     * @param what what is accepted, for the message, e.g. {@code a number from 0 to 1}
     */
    public static void require(boolean accepted, String property, Object value, String what) {
        if (!accepted) {
            throw new LiftConfigurationException(property, value, what);
        }
    }

    /**
     * @param property the property
     * @param value a duration; {@code null} is refused
     * @param example an accepted value for the message, e.g. {@code 1s}
     * @return the value
     */
    public static Duration positive(String property, Duration value, String example) {
        require(value != null && !value.isNegative() && !value.isZero(), property, value,
                "a positive duration, e.g. " + example);
        return value;
    }

    /**
     * @param property the property
     * @param value a duration; {@code null} is refused
     * @param example an accepted value for the message, e.g. {@code 100ms}, and what 0 means if it
     * means something
     * @return the value
     */
    public static Duration notNegative(String property, Duration value, String example) {
        require(value != null && !value.isNegative(), property, value, "a duration of 0 or more, e.g. " + example);
        return value;
    }

    /**
     * @param property the property
     * @param value a duration, or {@code null} when unset
     * @param example an accepted value for the message, e.g. {@code 100ms}, and what 0 means if it
     * means something
     * @return the value
     */
    public static Duration notNegativeIfSet(String property, Duration value, String example) {
        return (value != null) ? notNegative(property, value, example) : null;
    }

    /**
     * @param property the property
     * @param value a duration, or {@code null} when unset
     * @param min the shortest accepted duration
     * @return the value
     */
    public static Duration atLeast(String property, Duration value, Duration min) {
        require(value == null || value.compareTo(min) >= 0, property, value,
                "a duration of " + min.toMillis() + "ms or more");
        return value;
    }

    /**
     * @param property the property
     * @param value the value, or {@code null} when unset
     * @param min the smallest accepted value
     * @return the value
     */
    public static Integer atLeast(String property, Integer value, int min) {
        require(value == null || value >= min, property, value, "an integer of " + min + " or more");
        return value;
    }

    /**
     * @param property the property
     * @param value the value
     * @param min the smallest accepted value
     * @return the value
     */
    public static long atLeast(String property, long value, long min) {
        require(value >= min, property, value, "an integer of " + min + " or more");
        return value;
    }

    /**
     * @param property the property
     * @param value a number, or {@code null} when unset
     * @param min the smallest accepted value
     * @param max the largest accepted value
     * @return the value
     */
    public static Double between(String property, Double value, double min, double max) {
        require(value == null || (value >= min && value <= max), property, value,
                "a number from " + number(min) + " to " + number(max));
        return value;
    }

    /**
     * A share, a probability or a weight.
     * @param property the property
     * @param value a number, or {@code null} when unset
     * @return the value
     */
    public static Double fraction(String property, Double value) {
        return between(property, value, 0, 1);
    }

    /**
     * A share that must leave something: a threshold or a ratio that 0 would make meaningless.
     * @param property the property
     * @param value the value
     * @return the value
     */
    public static double share(String property, double value) {
        require(value > 0 && value <= 1, property, value, "a number above 0 and at most 1");
        return value;
    }

    /**
     * @param property the property
     * @param value a percentage, or {@code null} when unset
     * @return the value
     */
    public static Float percentage(String property, Float value) {
        require(value == null || (value > 0 && value <= 100), property, value, "a percentage above 0 and at most 100");
        return value;
    }

    /**
     * @param property the property
     * @param value the value
     * @param accepted what is accepted, for the message
     * @return the value, which has text
     */
    public static String text(String property, String value, String accepted) {
        require(StringUtils.hasText(value), property, value, accepted);
        return value;
    }

    /**
     * A header name that can never match (blank, a space, a colon) would make its source silently
     * find nothing, so it fails start-up instead.
     * @param property the property
     * @param value the header name, or {@code null} when unset
     * @param use when the property is needed, for the message, e.g. {@code when lift.tenancy.sources includes header}
     * @return the header name
     */
    public static String headerName(String property, String value, String use) {
        require(value != null && HTTP_TOKEN.matcher(value).matches(), property, value,
                "an HTTP header name (letters, digits and !#$%&'*+-.^_`|~, no spaces or colons) " + use);
        return value;
    }

    /**
     * @param property the property
     * @param value a JSON pointer
     * @param example an accepted value for the message, e.g. {@code /detail/priority}
     * @param use when the property is needed, for the message, or an empty string
     * @return the compiled pointer
     */
    public static JsonPointer jsonPointer(String property, String value, String example, String use) {
        text(property, value, "a JSON pointer such as " + example + use);
        try {
            return JsonPointer.compile(value);
        }
        catch (IllegalArgumentException ex) {
            throw new LiftConfigurationException(property, value,
                    "a JSON pointer (RFC 6901) starting with '/', such as " + example);
        }
    }

    private static String number(double value) {
        return (value == Math.rint(value)) ? Long.toString((long) value) : Double.toString(value);
    }

}
