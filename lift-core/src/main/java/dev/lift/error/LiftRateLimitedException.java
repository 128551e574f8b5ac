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
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A call over its rate limit: 429 with {@code Retry-After} (when the quota refills) and what the
 * rate-limit headers need, so an entry point can add them to the response.
 *
 * <p>The headers follow the IETF draft "RateLimit header fields for HTTP"
 * (draft-ietf-httpapi-ratelimit-headers): {@code RateLimit-Policy: "tenant";q=100;w=1} names the
 * policy, its quota and window in seconds, and {@code RateLimit: "tenant";r=0;t=1} the remaining
 * quota and the seconds until it resets.
 */
public class LiftRateLimitedException extends LiftRejectedException {

    /** The header naming the policy, its quota and window. */
    public static final String POLICY_HEADER = "RateLimit-Policy";

    /** The header with the remaining quota and the seconds until it resets. */
    public static final String QUOTA_HEADER = "RateLimit";

    private final String policy;

    private final long limit;

    private final long remaining;

    private final Duration reset;

    private final Duration window;

    /**
     * @param policy the name of the limit that was hit, e.g. {@code tenant} or {@code global}
     * @param limit the calls allowed in one window
     * @param remaining the calls left in the current window (usually zero)
     * @param reset the time until the window ends
     * @param window the length of a window
     */
    public LiftRateLimitedException(String policy, long limit, long remaining, Duration reset, Duration window) {
        super("Rate limit '" + policy + "' exceeded", 429, reset, "rate-limit");
        this.policy = policy;
        this.limit = limit;
        this.remaining = remaining;
        this.reset = reset;
        this.window = window;
    }

    @Override
    public String code() {
        return "rate-limited";
    }

    /** @return the name of the limit that was hit */
    public String policy() {
        return this.policy;
    }

    /** @return the calls allowed in one window */
    public long limit() {
        return this.limit;
    }

    /** @return the calls left in the current window */
    public long remaining() {
        return this.remaining;
    }

    /** @return the time until the window ends and the quota is refilled */
    public Duration reset() {
        return this.reset;
    }

    /** @return the length of a window */
    public Duration window() {
        return this.window;
    }

    /**
     * The rate-limit response headers: {@code RateLimit-Policy} and {@code RateLimit} as in the IETF
     * draft, whole seconds rounded up.
     * @return header names to values, in a stable order
     */
    @Override
    public Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(POLICY_HEADER, policyItem(this.policy, this.limit, this.window));
        headers.put(QUOTA_HEADER, quotaItem(this.policy, this.remaining, this.reset));
        return headers;
    }

    /**
     * One item of the {@code RateLimit-Policy} header.
     * @param policy the name of the limit
     * @param limit the calls allowed in one window
     * @param window the length of a window
     * @return e.g. {@code "tenant";q=100;w=1}
     */
    public static String policyItem(String policy, long limit, Duration window) {
        return "\"" + policy + "\";q=" + limit + ";w=" + LiftProblem.retryAfterSeconds(window);
    }

    /**
     * One item of the {@code RateLimit} header.
     * @param policy the name of the limit
     * @param remaining the calls left in the current window
     * @param reset the time until the window ends
     * @return e.g. {@code "tenant";r=0;t=1}
     */
    public static String quotaItem(String policy, long remaining, Duration reset) {
        return "\"" + policy + "\";r=" + remaining + ";t=" + LiftProblem.retryAfterSeconds(reset);
    }

}
