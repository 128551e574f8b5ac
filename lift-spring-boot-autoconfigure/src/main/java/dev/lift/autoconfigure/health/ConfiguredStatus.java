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

package dev.lift.autoconfigure.health;

import java.util.Locale;

import dev.lift.autoconfigure.PropertyConstraints;

import org.springframework.util.StringUtils;

/**
 * A health status taken from a {@code lift.health.*} property, checked at start-up.
 */
public final class ConfiguredStatus {

    private ConfiguredStatus() {
    }

    /**
     * @param property the property, for the start-up failure message
     * @param code the configured status code, e.g. {@code DOWN}
     * @return the status code, upper case
     */
    public static String of(String property, String code) {
        PropertyConstraints.require(StringUtils.hasText(code) && code.strip().equals(code), property, code,
                "a health status code such as UP, DOWN, OUT_OF_SERVICE or UNKNOWN");
        return code.toUpperCase(Locale.ROOT);
    }

}
