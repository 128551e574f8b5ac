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

package dev.lift.tenancy;

import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a {@link LiftTenantResolver} may read of an incoming call, whichever entry point received it.
 * Everything here comes from outside and is untrusted.
 */
public interface LiftRequest {

    /**
     * A request header: from the HTTP request, or from the {@code headers} of an API Gateway event.
     * @param name the header name, matched case-insensitively
     * @return the first value, or {@code null}
     */
    String header(String name);

    /** @return the Lambda event as JSON, or {@code null} when the call did not come from Lambda */
    JsonNode event();

    /**
     * @return the tenant id Lambda passed in tenant isolation mode ({@code Context#getTenantId()}),
     *     or {@code null}
     */
    String lambdaTenantId();

    /**
     * A request made of plain values: for tests of resolvers, and for entry points of your own.
     * @param headers the headers, matched case-insensitively
     * @param event the Lambda event, or {@code null}
     * @param lambdaTenantId Lambda's tenant id, or {@code null}
     * @return the request
     */
    static LiftRequest of(Map<String, String> headers, JsonNode event, String lambdaTenantId) {
        Map<String, String> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        byName.putAll(headers);
        return new LiftRequest() {
            @Override
            public String header(String name) {
                return byName.get(name);
            }

            @Override
            public JsonNode event() {
                return event;
            }

            @Override
            public String lambdaTenantId() {
                return lambdaTenantId;
            }
        };
    }

}
