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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Renders a {@link LiftRejectedException} the way callers see it: an RFC 9457
 * {@code application/problem+json} body and a {@code Retry-After} value. Shared by every entry point
 * (servlet, API Gateway proxy responses) so callers get the same answer whichever way they came.
 */
public final class LiftProblem {

    /** The media type of the body. */
    public static final String CONTENT_TYPE = "application/problem+json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private LiftProblem() {
    }

    /**
     * @param rejection the rejection
     * @return the problem body as JSON
     */
    public static String body(LiftRejectedException rejection) {
        ObjectNode body = JSON.createObjectNode();
        body.put("type", "urn:lift:problem:" + rejection.code());
        body.put("title", title(rejection.status()));
        body.put("status", rejection.status());
        body.put("detail", rejection.getMessage());
        rejection.retryAfter().ifPresent((retryAfter) -> body.put("retryAfter", retryAfterSeconds(retryAfter)));
        try {
            return JSON.writeValueAsString(body);
        }
        catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /**
     * The {@code Retry-After} header value: whole seconds, rounded up, at least one.
     * @param rejection the rejection
     * @return the header value, or {@code null} when the rejection does not know
     */
    public static String retryAfterHeader(LiftRejectedException rejection) {
        return rejection.retryAfter().map((retryAfter) -> Long.toString(retryAfterSeconds(retryAfter))).orElse(null);
    }

    static long retryAfterSeconds(Duration retryAfter) {
        long millis = Math.max(retryAfter.toMillis(), 1);
        return (millis + 999) / 1000;
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 429 -> "Too Many Requests";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> (status >= 500) ? "Server Error" : "Request Rejected";
        };
    }

}
