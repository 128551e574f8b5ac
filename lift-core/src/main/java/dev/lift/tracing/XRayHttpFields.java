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

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;

/**
 * The HTTP side of a segment: the {@code http} object read from the span's HTTP attributes, and the
 * {@code error}, {@code throttle} and {@code fault} flags that X-Ray derives its console colours
 * from.
 */
final class XRayHttpFields {

    private static final AttributeAliases STATUS = AttributeAliases.of("http.response.status_code",
            "http.status_code", TracingFilter.STATUS_TAG);

    private static final AttributeAliases METHOD = AttributeAliases.of("http.request.method", "http.method");

    /** Spring's HTTP observations tag {@code http.url}, {@code method} and {@code status}. */
    private static final AttributeKey<String> SPRING_HTTP_URL = AttributeKey.stringKey("http.url");

    private static final AttributeAliases SPRING_METHOD = AttributeAliases.of("http.request.method", "http.method",
            "method");

    private static final AttributeAliases SPRING_STATUS = AttributeAliases.of("http.response.status_code",
            "http.status_code", TracingFilter.STATUS_TAG, "status");

    private static final AttributeAliases URL = AttributeAliases.of("url.full", "http.url");

    private static final AttributeAliases CLIENT_IP = AttributeAliases.of("client.address", "http.client_ip");

    private static final AttributeAliases USER_AGENT = AttributeAliases.of("user_agent.original", "http.user_agent");

    private XRayHttpFields() {
    }

    /**
     * @param attributes a span's attributes
     * @return its HTTP status code, or {@code null}
     */
    static Long status(Attributes attributes) {
        return (isSpringHttp(attributes) ? SPRING_STATUS : STATUS).longValue(attributes);
    }

    /** "method" and "status" are too generic to read unless the span is one of Spring's HTTP spans. */
    private static boolean isSpringHttp(Attributes attributes) {
        return attributes.get(SPRING_HTTP_URL) != null;
    }

    /**
     * Writes the flags a status code (or the span's error status) calls for.
     * @param json where to write
     * @param span the span
     * @param status its {@link #status}
     * @throws IOException never in practice: documents are written to memory
     */
    static void writeFlags(JsonGenerator json, SpanData span, Long status) throws IOException {
        boolean clientError = status != null && status >= 400 && status < 500;
        boolean serverError = status != null && status >= 500;
        boolean failed = span.getStatus().getStatusCode() == StatusCode.ERROR;
        if (clientError) {
            json.writeBooleanField("error", true);
        }
        if (status != null && status == 429) {
            json.writeBooleanField("throttle", true);
        }
        if (serverError || (failed && !clientError)) {
            json.writeBooleanField("fault", true);
        }
    }

    /**
     * Writes the {@code http} object, if the span has anything for it.
     * @param json where to write
     * @param attributes the span's attributes
     * @param status its {@link #status}
     * @param withUrlAndUserAgent whether the two longest fields are written
     * @throws IOException never in practice: documents are written to memory
     */
    static void writeHttp(JsonGenerator json, Attributes attributes, Long status, boolean withUrlAndUserAgent)
            throws IOException {
        String method = (isSpringHttp(attributes) ? SPRING_METHOD : METHOD).stringValue(attributes);
        String url = withUrlAndUserAgent ? URL.stringValue(attributes) : null;
        String clientIp = CLIENT_IP.stringValue(attributes);
        String userAgent = withUrlAndUserAgent ? USER_AGENT.stringValue(attributes) : null;
        boolean request = method != null || url != null || clientIp != null || userAgent != null;
        if (!request && status == null) {
            return;
        }
        json.writeObjectFieldStart("http");
        if (request) {
            json.writeObjectFieldStart("request");
            writeOptional(json, "method", method);
            writeOptional(json, "url", url);
            writeOptional(json, "client_ip", clientIp);
            writeOptional(json, "user_agent", userAgent);
            json.writeEndObject();
        }
        if (status != null) {
            json.writeObjectFieldStart("response");
            json.writeNumberField("status", status);
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void writeOptional(JsonGenerator json, String field, String value) throws IOException {
        if (value != null) {
            json.writeStringField(field, value);
        }
    }

}
