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

package dev.lift.chain;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.lift.error.LiftProblem;
import dev.lift.error.LiftRejectedException;

/**
 * What a caller gets when Lift answers in the function's place, whichever entry point the call came
 * through: a rejection's problem, or a value a filter returned instead of the function's answer (a
 * circuit breaker's fallback). Every entry point writes it the same way in its transport: as the
 * HTTP response, as an API Gateway proxy response, or (for other Lambda events, which have no status
 * or headers) as the body alone.
 *
 * <p>A replacement value is written by its type: text ({@link CharSequence}) as {@code text/plain}
 * in UTF-8, bytes as {@code application/octet-stream}, anything else as JSON, all with status 200;
 * {@code null} is no content: status 204 without a body, and {@code null} as the payload of a Lambda
 * event that is not an API Gateway event (what a Lambda handler returning {@code null} answers).
 */
public final class LiftResponse {

    /** The media type of a JSON replacement value. */
    public static final String JSON = "application/json";

    /** The media type of a text replacement value. */
    public static final String TEXT = "text/plain;charset=UTF-8";

    /** The media type of a bytes replacement value. */
    public static final String BYTES = "application/octet-stream";

    private static final byte[] NO_BODY = new byte[0];

    private final int status;

    private final Map<String, String> headers;

    private final String contentType;

    private final byte[] body;

    private LiftResponse(int status, Map<String, String> headers, String contentType, byte[] body) {
        this.status = status;
        this.headers = headers;
        this.contentType = contentType;
        this.body = body;
    }

    /**
     * The answer to a refused call: its status, {@code Retry-After} when known, the rejection's own
     * headers (e.g. {@code RateLimit}) and an RFC 9457 problem body.
     * @param rejection the rejection
     * @param invocation the refused invocation, whose response headers come first, or {@code null}
     * @return the response
     */
    public static LiftResponse of(LiftRejectedException rejection, Invocation invocation) {
        Map<String, String> headers = headersOf(invocation);
        String retryAfter = LiftProblem.retryAfterHeader(rejection);
        if (retryAfter != null) {
            headers.put("Retry-After", retryAfter);
        }
        headers.putAll(rejection.headers());
        return new LiftResponse(rejection.status(), Collections.unmodifiableMap(headers), LiftProblem.CONTENT_TYPE,
                LiftProblem.body(rejection).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The answer made of a value a filter returned in place of the function's answer.
     * @param value the value, or {@code null}
     * @param invocation the invocation, whose response headers the answer carries, or {@code null}
     * @param json writes values that are neither text nor bytes
     * @return the response
     * @throws JsonProcessingException when the value cannot be written as JSON
     */
    public static LiftResponse replacing(Object value, Invocation invocation, ObjectMapper json)
            throws JsonProcessingException {
        Map<String, String> headers = Collections.unmodifiableMap(headersOf(invocation));
        if (value == null) {
            return new LiftResponse(204, headers, null, NO_BODY);
        }
        if (value instanceof byte[] bytes) {
            return new LiftResponse(200, headers, BYTES, bytes);
        }
        if (value instanceof CharSequence text) {
            return new LiftResponse(200, headers, TEXT, text.toString().getBytes(StandardCharsets.UTF_8));
        }
        return new LiftResponse(200, headers, JSON, json.writeValueAsBytes(value));
    }

    private static Map<String, String> headersOf(Invocation invocation) {
        return (invocation != null) ? new LinkedHashMap<>(invocation.responseHeaders()) : new LinkedHashMap<>();
    }

    /** @return the HTTP status */
    public int status() {
        return this.status;
    }

    /** @return response headers other than {@code Content-Type}, in a stable order */
    public Map<String, String> headers() {
        return this.headers;
    }

    /** @return the media type of the body, or {@code null} when there is no body */
    public String contentType() {
        return this.contentType;
    }

    /** @return the body; empty when there is none */
    public byte[] body() {
        return this.body;
    }

    /** @return whether there is a body: false only for a {@code null} replacement value */
    public boolean hasBody() {
        return this.contentType != null;
    }

    /** @return whether the body is text a JSON document can carry as a string */
    public boolean isText() {
        return this.contentType != null && !BYTES.equals(this.contentType);
    }

}
