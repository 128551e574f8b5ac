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

package dev.lift.sample.lambda;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** API Gateway proxy events as API Gateway sends them to Lambda, trimmed to the fields that matter. */
final class ApiGatewayEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiGatewayEvents() {
    }

    /** A REST API (v1) proxy event; header names keep the caller's spelling. */
    static String restV1(String body, Map<String, String> headers) {
        ObjectNode event = JSON.createObjectNode();
        event.put("resource", "/{proxy+}");
        event.put("path", "/whoami");
        event.put("httpMethod", "POST");
        ObjectNode single = event.putObject("headers");
        ObjectNode multi = event.putObject("multiValueHeaders");
        headers.forEach((name, value) -> {
            single.put(name, value);
            multi.putArray(name).add(value);
        });
        event.putObject("requestContext").put("requestId", "gw-1").put("stage", "prod").put("httpMethod", "POST");
        event.put("body", body);
        event.put("isBase64Encoded", false);
        return write(event);
    }

    /** An HTTP API (v2) proxy event; API Gateway lower-cases header names. */
    static String httpV2(String body, Map<String, String> headers) {
        ObjectNode event = JSON.createObjectNode();
        event.put("version", "2.0");
        event.put("routeKey", "POST /whoami");
        event.put("rawPath", "/whoami");
        event.put("rawQueryString", "");
        ObjectNode lowerCased = event.putObject("headers");
        headers.forEach((name, value) -> lowerCased.put(name.toLowerCase(java.util.Locale.ROOT), value));
        ObjectNode requestContext = event.putObject("requestContext");
        requestContext.put("requestId", "gw-2").put("routeKey", "POST /whoami").put("stage", "$default");
        requestContext.putObject("http").put("method", "POST").put("path", "/whoami");
        event.put("body", body);
        event.put("isBase64Encoded", false);
        return write(event);
    }

    private static String write(ObjectNode event) {
        try {
            return JSON.writeValueAsString(event);
        }
        catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
