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

package dev.lift.autoconfigure.lambda;

import java.util.Iterator;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lift.chain.EntryRequest;
import dev.lift.chain.Invocation;
import dev.lift.tenancy.LiftRequest;

/**
 * One Lambda invocation as Lift sees it: the event bytes exactly as received (the function reads
 * them again), the event parsed once, and Lambda's {@link Context}. Headers are those of an API
 * Gateway proxy event (REST v1 or HTTP API v2), matched case-insensitively since v2 lower-cases
 * them and v1 keeps the caller's spelling.
 */
final class LambdaRequest implements LiftRequest, EntryRequest {

    private final byte[] bytes;

    private final JsonNode event;

    private final Context context;

    private final boolean proxyEvent;

    private Invocation invocation;

    /**
     * @param bytes the event as received
     * @param event the event parsed, or {@code null} when it is not JSON
     * @param context Lambda's context, or {@code null} when a caller outside Lambda passed none
     */
    LambdaRequest(byte[] bytes, JsonNode event, Context context) {
        this.bytes = bytes;
        this.event = event;
        this.context = context;
        this.proxyEvent = isProxyEvent(event);
    }

    @Override
    public String header(String name) {
        if (!this.proxyEvent) {
            return null;
        }
        String value = find(this.event.get("headers"), name);
        if (value == null) {
            // REST APIs may send a header only in multiValueHeaders.
            value = find(this.event.get("multiValueHeaders"), name);
        }
        return value;
    }

    @Override
    public void started(Invocation invocation) {
        this.invocation = invocation;
    }

    /** @return the invocation of this request, or {@code null} inside another entry point's */
    Invocation invocation() {
        return this.invocation;
    }

    @Override
    public JsonNode event() {
        return this.event;
    }

    @Override
    public String lambdaTenantId() {
        return (this.context != null) ? this.context.getTenantId() : null;
    }

    /** @return the event exactly as received */
    byte[] bytes() {
        return this.bytes;
    }

    /** @return Lambda's context, or {@code null} */
    Context context() {
        return this.context;
    }

    /** @return whether the event is an API Gateway proxy event (REST v1 or HTTP API v2) */
    boolean isProxyEvent() {
        return this.proxyEvent;
    }

    private static boolean isProxyEvent(JsonNode event) {
        if (event == null || !event.isObject() || !event.has("requestContext")) {
            return false;
        }
        // The same test Spring Cloud Function applies: httpMethod for REST v1, routeKey for HTTP API v2.
        return event.has("httpMethod") || event.has("routeKey");
    }

    private static String find(JsonNode headers, String name) {
        if (headers == null || !headers.isObject()) {
            return null;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = headers.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().equalsIgnoreCase(name)) {
                JsonNode value = field.getValue();
                if (value.isArray()) {
                    value = value.path(0);
                }
                return value.isValueNode() && !value.isNull() ? value.asText() : null;
            }
        }
        return null;
    }

}
