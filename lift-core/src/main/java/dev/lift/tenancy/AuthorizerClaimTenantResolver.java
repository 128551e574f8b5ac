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

import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The tenant from an API Gateway authorizer: a JWT claim or a Lambda authorizer context value,
 * which API Gateway puts in the event after verifying the caller.
 * <ul>
 * <li>REST API (v1): {@code requestContext.authorizer.claims.<claim>} (Cognito / JWT) or
 * {@code requestContext.authorizer.<claim>} (Lambda authorizer)</li>
 * <li>HTTP API (v2): {@code requestContext.authorizer.jwt.claims.<claim>} or
 * {@code requestContext.authorizer.lambda.<claim>}</li>
 * </ul>
 */
public final class AuthorizerClaimTenantResolver implements LiftTenantResolver {

    private final String claim;

    /**
     * @param claim the claim or context key, e.g. {@code tenant_id}
     */
    public AuthorizerClaimTenantResolver(String claim) {
        this.claim = Objects.requireNonNull(claim, "claim");
    }

    @Override
    public String resolveTenant(LiftRequest request) {
        JsonNode event = request.event();
        if (event == null) {
            return null;
        }
        JsonNode authorizer = event.path("requestContext").path("authorizer");
        if (!authorizer.isObject()) {
            return null;
        }
        return firstText(authorizer.path("jwt").path("claims").path(this.claim),
                authorizer.path("claims").path(this.claim), authorizer.path("lambda").path(this.claim),
                authorizer.path(this.claim));
    }

    private static String firstText(JsonNode... candidates) {
        for (JsonNode candidate : candidates) {
            if (candidate.isTextual() || candidate.isNumber()) {
                return candidate.asText();
            }
        }
        return null;
    }

}
