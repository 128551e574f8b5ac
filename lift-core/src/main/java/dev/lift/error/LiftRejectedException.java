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

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A call Lift refused to run: open circuit, full bulkhead, rate limit, shed load, timeout or an
 * invalid tenant. Each carries the HTTP status it becomes and, where known, when to retry. Over
 * HTTP and in API Gateway responses it becomes an RFC 9457 problem body ({@link LiftProblem}) with a
 * {@code Retry-After} header, never a stack trace.
 *
 * <p>Rejections are frequent under load and need no stack trace to be understood, so none is
 * captured.
 */
public abstract class LiftRejectedException extends RuntimeException {

    private final int status;

    private final Duration retryAfter;

    private final String pattern;

    /**
     * Creates a rejection.
     * @param message what happened, without untrusted input such as a raw tenant id
     * @param status the HTTP status the rejection becomes
     * @param retryAfter when a retry may succeed, or {@code null} when unknown
     * @param pattern the name of the pattern that rejected the call ({@code circuit-breaker}, ...)
     */
    protected LiftRejectedException(String message, int status, Duration retryAfter, String pattern) {
        super(message, null, false, false);
        this.status = status;
        this.retryAfter = retryAfter;
        this.pattern = Objects.requireNonNull(pattern, "pattern");
    }

    /** @return the HTTP status this rejection becomes */
    public int status() {
        return this.status;
    }

    /** @return when a retry may succeed, if known */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(this.retryAfter);
    }

    /** @return the name of the pattern that rejected the call */
    public String pattern() {
        return this.pattern;
    }

    /**
     * Response headers this rejection adds besides {@code Retry-After}, e.g. a rate limit's
     * {@code RateLimit} and {@code RateLimit-Policy}. Every entry point adds them to its response.
     * @return header names to values; none by default
     */
    public Map<String, String> headers() {
        return Map.of();
    }

    /**
     * A short, stable identifier of the kind of rejection, used in the problem type
     * ({@code urn:lift:problem:<code>}).
     * @return the code, e.g. {@code circuit-open}
     */
    public abstract String code();

}
