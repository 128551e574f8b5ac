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

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A health result in Lift's own terms: a status code and details. Lift's indicators answer with it
 * so that they are compiled once for every Spring Boot line; each line's adapter turns it into that
 * line's {@code Health} (see {@link LiftHealthContributor}).
 *
 * @param status the status code, e.g. {@code UP}, {@code DOWN} or a custom one
 * @param details the details, in the order they were put
 */
public record LiftHealth(String status, Map<String, Object> details) {

    /** Spring Boot's {@code UP}. */
    public static final String UP = "UP";

    /** Spring Boot's {@code DOWN}. */
    public static final String DOWN = "DOWN";

    /** Spring Boot's {@code OUT_OF_SERVICE}. */
    public static final String OUT_OF_SERVICE = "OUT_OF_SERVICE";

    /** Spring Boot's {@code UNKNOWN}. */
    public static final String UNKNOWN = "UNKNOWN";

    public LiftHealth {
        Objects.requireNonNull(status, "status");
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /**
     * @param details the details
     * @return {@code UP} with the details
     */
    public static LiftHealth up(Map<String, Object> details) {
        return new LiftHealth(UP, details);
    }

}
