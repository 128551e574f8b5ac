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

package dev.lift.instances;

import dev.lift.context.LiftContext;

/**
 * Identifies one instance of a pattern: the tenant and operation it serves, either of which is
 * {@code null} when the scope does not distinguish it.
 *
 * <p>Instance names follow one rule, so that resilience4j's registries, actuator endpoints and
 * meters show where an instance belongs: {@code lift-<pattern>}, then {@code :tenant=<id>} for
 * tenant scopes (empty for calls without a tenant) and {@code :op=<operation>} for operation scopes,
 * e.g. {@code lift-circuit-breaker:tenant=acme:op=orders}.
 *
 * @param tenant the tenant, or {@code null} when the scope is not per tenant
 * @param operation the operation, or {@code null} when the scope is not per operation
 */
public record InstanceKey(String tenant, String operation) {

    /** The key of a global instance. */
    public static final InstanceKey GLOBAL = new InstanceKey(null, null);

    /**
     * The key a call belongs to under a scope.
     * @param scope the scope
     * @param context the call's context
     * @return the key
     */
    public static InstanceKey of(InstanceScope scope, LiftContext context) {
        return switch (scope) {
            case GLOBAL -> GLOBAL;
            case TENANT -> new InstanceKey(tenantOf(context), null);
            case OPERATION -> new InstanceKey(null, context.operation());
            case TENANT_OPERATION -> new InstanceKey(tenantOf(context), context.operation());
        };
    }

    /**
     * The instance name for a pattern (see the class comment for the rule).
     * @param pattern the pattern, e.g. {@code circuit-breaker}
     * @return the name
     */
    public String name(String pattern) {
        StringBuilder name = new StringBuilder("lift-").append(pattern);
        if (this.tenant != null) {
            name.append(":tenant=").append(this.tenant);
        }
        if (this.operation != null) {
            name.append(":op=").append(this.operation);
        }
        return name.toString();
    }

    private static String tenantOf(LiftContext context) {
        return context.hasTenant() ? context.tenantId() : "";
    }

}
