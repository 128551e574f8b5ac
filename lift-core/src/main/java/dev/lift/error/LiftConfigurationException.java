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

package dev.lift.error;

/**
 * A {@code lift.*} setting has a value Lift cannot use. Thrown at start-up; Spring Boot reports it
 * with the property, the value and what is accepted.
 */
public class LiftConfigurationException extends RuntimeException {

    private final String property;

    private final String value;

    private final String accepted;

    /**
     * @param property the property, e.g. {@code lift.tenancy.allowed-pattern}
     * @param value the refused value
     * @param accepted what the property accepts
     */
    public LiftConfigurationException(String property, Object value, String accepted) {
        super("Invalid value '" + value + "' for property '" + property + "': " + accepted);
        this.property = property;
        this.value = String.valueOf(value);
        this.accepted = accepted;
    }

    /** @return the property */
    public String property() {
        return this.property;
    }

    /** @return the refused value */
    public String value() {
        return this.value;
    }

    /** @return what the property accepts */
    public String accepted() {
        return this.accepted;
    }

}
