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

package dev.lift.circuitbreaker;

import dev.lift.chain.Invocation;

/**
 * Answers a call in place of the function when its circuit breaker is open or the call failed: a
 * cached value, a default, a degraded answer. Configured per operation.
 */
@FunctionalInterface
public interface LiftFallback {

    /**
     * Produces the answer for a call that could not be served.
     * @param invocation the call
     * @param cause why: a {@link LiftCircuitOpenException} when the circuit refused the call, the
     *     exception the call threw, or a
     *     {@link io.github.resilience4j.circuitbreaker.ResultRecordedAsFailureException} holding a
     *     result counted as a failure (a 5xx status)
     * @return the answer
     * @throws Exception to fail the call after all (rethrowing {@code cause} is fine)
     */
    Object fallback(Invocation invocation, Throwable cause) throws Exception;

}
