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

import java.util.ArrayList;
import java.util.List;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;

/**
 * The names one value goes by (current and older semantic conventions, Spring's tags), in order of
 * preference, each looked up both as a string attribute and as a long attribute: instrumentations
 * disagree on the type of, e.g., a status code.
 */
final class AttributeAliases {

    private final List<AttributeKey<String>> stringKeys;

    private final List<AttributeKey<Long>> longKeys;

    private AttributeAliases(List<AttributeKey<String>> stringKeys, List<AttributeKey<Long>> longKeys) {
        this.stringKeys = stringKeys;
        this.longKeys = longKeys;
    }

    /**
     * @param names the attribute names, most preferred first
     * @return the aliases
     */
    static AttributeAliases of(String... names) {
        List<AttributeKey<String>> strings = new ArrayList<>(names.length);
        List<AttributeKey<Long>> longs = new ArrayList<>(names.length);
        for (String name : names) {
            strings.add(AttributeKey.stringKey(name));
            longs.add(AttributeKey.longKey(name));
        }
        return new AttributeAliases(List.copyOf(strings), List.copyOf(longs));
    }

    /**
     * @param attributes a span's attributes
     * @return the first of the names set as a string attribute, or {@code null}
     */
    String stringValue(Attributes attributes) {
        for (AttributeKey<String> key : this.stringKeys) {
            String value = attributes.get(key);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /**
     * @param attributes a span's attributes
     * @return the first of the names set as a long attribute or as a string holding an integer, or
     *     {@code null}
     */
    Long longValue(Attributes attributes) {
        for (int i = 0; i < this.longKeys.size(); i++) {
            Long value = attributes.get(this.longKeys.get(i));
            if (value != null) {
                return value;
            }
            String text = attributes.get(this.stringKeys.get(i));
            if (text != null) {
                try {
                    return Long.parseLong(text.trim());
                }
                catch (NumberFormatException ex) {
                    // Not an integer; look at the next name.
                }
            }
        }
        return null;
    }

}
