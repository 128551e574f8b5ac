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

package dev.lift.autoconfigure.resilience;

import java.time.Duration;
import java.util.regex.Pattern;

import dev.lift.error.LiftConfigurationException;

/**
 * The checks resilience settings share, each failing start-up with a {@link LiftConfigurationException}
 * naming the property, the value and what is accepted.
 */
public final class PropertyConstraints {

    /** An HTTP field name is a token (RFC 9110, section 5.1). */
    private static final Pattern HTTP_TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    private PropertyConstraints() {
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
        if (value == null || !HTTP_TOKEN.matcher(value).matches()) {
            throw new LiftConfigurationException(property, value,
                    "an HTTP header name (letters, digits and !#$%&'*+-.^_`|~, no spaces or colons) " + use);
        }
        return value;
    }

    /**
     * @param property the property
     * @param value the value, or {@code null} when unset
     * @param min the smallest accepted value
     */
    public static void atLeast(String property, Integer value, int min) {
        if (value != null && value < min) {
            throw new LiftConfigurationException(property, value, "an integer of " + min + " or more");
        }
    }

    /**
     * @param property the property
     * @param value a percentage, or {@code null} when unset
     */
    public static void percentage(String property, Float value) {
        if (value != null && !(value > 0 && value <= 100)) {
            throw new LiftConfigurationException(property, value, "a percentage above 0 and at most 100");
        }
    }

    /**
     * @param property the property
     * @param value a fraction, or {@code null} when unset
     */
    public static void fraction(String property, Double value) {
        if (value != null && !(value >= 0 && value <= 1)) {
            throw new LiftConfigurationException(property, value, "a number from 0 to 1");
        }
    }

    /**
     * @param property the property
     * @param value a duration, or {@code null} when unset
     * @param min the shortest accepted duration
     */
    public static void atLeast(String property, Duration value, Duration min) {
        if (value != null && value.compareTo(min) < 0) {
            throw new LiftConfigurationException(property, value, "a duration of " + min.toMillis() + "ms or more");
        }
    }

}
