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

package dev.lift.metrics;

/**
 * Makes names and values acceptable to CloudWatch: printable ASCII, within CloudWatch's lengths,
 * never blank. A value that is not would make CloudWatch drop the whole EMF document silently, so
 * offending characters become {@code _} and long values are cut.
 */
final class CloudWatchNames {

    /** The longest namespace, metric name and dimension name CloudWatch accepts. */
    static final int MAX_NAME_LENGTH = 255;

    /** The longest dimension value CloudWatch accepts. */
    static final int MAX_DIMENSION_VALUE_LENGTH = 1024;

    private static final String RESERVED_NAMESPACE_PREFIX = "AWS/";

    private CloudWatchNames() {
    }

    /**
     * A namespace: letters, digits and {@code . - _ / # :} or space, at most 255, not in {@code AWS/}.
     * @param namespace the configured namespace
     * @return a valid namespace
     */
    static String namespace(String namespace) {
        String cleaned = clean(namespace, MAX_NAME_LENGTH, true);
        if (cleaned.regionMatches(true, 0, RESERVED_NAMESPACE_PREFIX, 0, RESERVED_NAMESPACE_PREFIX.length())) {
            // AWS/ belongs to AWS's own services; CloudWatch refuses it for custom metrics.
            cleaned = cleaned.substring(0, 3) + "_" + cleaned.substring(RESERVED_NAMESPACE_PREFIX.length());
        }
        return cleaned;
    }

    /**
     * A metric name: printable ASCII, at most 255 characters.
     * @param name the meter name after the naming convention
     * @return a valid metric name
     */
    static String metricName(String name) {
        return clean(name, MAX_NAME_LENGTH, false);
    }

    /**
     * A dimension name: printable ASCII, at most 255 characters, not starting with {@code :}.
     * @param name the tag key
     * @return a valid dimension name
     */
    static String dimensionName(String name) {
        String cleaned = clean(name, MAX_NAME_LENGTH, false);
        return cleaned.startsWith(":") ? "_" + cleaned.substring(1) : cleaned;
    }

    /**
     * A dimension value: printable ASCII, at most 1024 characters.
     * @param value the tag value
     * @return a valid dimension value
     */
    static String dimensionValue(String value) {
        return clean(value, MAX_DIMENSION_VALUE_LENGTH, false);
    }

    private static String clean(String value, int maxLength, boolean namespace) {
        if (value == null || value.isBlank()) {
            return "_";
        }
        int length = Math.min(value.length(), maxLength);
        StringBuilder cleaned = null;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (!allowed(c, namespace)) {
                if (cleaned == null) {
                    cleaned = new StringBuilder(length).append(value, 0, i);
                }
                c = '_';
            }
            if (cleaned != null) {
                cleaned.append(c);
            }
        }
        if (cleaned != null) {
            return cleaned.toString();
        }
        return (length == value.length()) ? value : value.substring(0, length);
    }

    private static boolean allowed(char c, boolean namespace) {
        if (!namespace) {
            return c >= 0x20 && c < 0x7f;
        }
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-'
                || c == '_' || c == '/' || c == '#' || c == ':' || c == ' ';
    }

}
