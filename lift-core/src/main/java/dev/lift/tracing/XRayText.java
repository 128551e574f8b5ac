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

package dev.lift.tracing;

import java.util.function.IntPredicate;

/**
 * The character and length rules X-Ray applies to names, annotation keys and values: X-Ray
 * silently drops what breaks them, so text is made to fit before it is written.
 */
final class XRayText {

    private static final IntPredicate ANNOTATION_KEY_CHARACTER = (c) -> (c >= 'a' && c <= 'z')
            || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';

    private static final IntPredicate NAME_CHARACTER = (c) -> Character.isLetterOrDigit(c)
            || Character.isWhitespace(c) || "_.:/%&#=+\\-@".indexOf(c) >= 0;

    private static final int MAX_NAME_LENGTH = 200;

    private XRayText() {
    }

    /**
     * Makes an attribute key acceptable as an annotation key.
     * @param key the attribute key
     * @return the key with every character other than ASCII letters, digits and underscore
     *     replaced by an underscore
     */
    static String annotationKey(String key) {
        return replaceOthers(key, ANNOTATION_KEY_CHARACTER);
    }

    /** X-Ray accepts letters, digits, whitespace and {@code _ . : / % & # = + \ - @}, up to 200 characters. */
    static String name(String name) {
        return replaceOthers(truncate(name, MAX_NAME_LENGTH), NAME_CHARACTER);
    }

    static String truncate(String value, int maxLength) {
        return (value.length() <= maxLength) ? value : value.substring(0, maxLength);
    }

    /**
     * The value with every character that is not allowed replaced by an underscore: the value
     * itself, not a copy, when all are allowed (the usual case).
     */
    private static String replaceOthers(String value, IntPredicate allowed) {
        int clean = 0;
        while (clean < value.length() && allowed.test(value.charAt(clean))) {
            clean++;
        }
        if (clean == value.length()) {
            return value;
        }
        StringBuilder sanitized = new StringBuilder(value.length()).append(value, 0, clean);
        for (int i = clean; i < value.length(); i++) {
            char c = value.charAt(i);
            sanitized.append(allowed.test(c) ? c : '_');
        }
        return sanitized.toString();
    }

}
