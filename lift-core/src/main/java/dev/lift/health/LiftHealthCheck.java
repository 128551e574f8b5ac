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

package dev.lift.health;

import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * A check of one dependency (a database, a downstream service, a queue), declared by the user as a
 * bean. Lift runs every check in the background on a schedule, with its own timeout and circuit
 * breaker, and health answers from the last result: a slow or hanging dependency never slows health.
 *
 * <p>A check may block (it runs on a thread of its own) and should honour interruption: it is
 * interrupted when its timeout expires. A check that throws is reported {@code DOWN} with the type of
 * the exception; its message and stack trace are logged at debug level only, never shown in health.
 */
public interface LiftHealthCheck {

    /**
     * The name the check is shown under, e.g. {@code downstream}: letters, digits, '-' and '_'.
     * @return the name
     */
    String name();

    /**
     * Checks the dependency once.
     * @return the result: up or down, with details
     * @throws Exception when the check fails; reported {@code DOWN} with the exception type
     */
    HealthCheckResult check() throws Exception;

    /**
     * A check from a name and a function.
     * @param name the name
     * @param check the check
     * @return the check
     */
    static LiftHealthCheck of(String name, Callable<HealthCheckResult> check) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(check, "check");
        return new LiftHealthCheck() {

            @Override
            public String name() {
                return name;
            }

            @Override
            public HealthCheckResult check() throws Exception {
                return check.call();
            }

        };
    }

}
