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

import java.util.Objects;
import java.util.Set;

import dev.lift.context.LiftContext;

/**
 * Decides which {@link InstanceKey} a call belongs to: its scope, plus the tenants and operations
 * that have their own settings. A tenant or operation with an override always gets an instance of
 * its own, whatever the scope, so that its settings can apply: with scope {@code global} and an
 * override for operation {@code orders}, calls to {@code orders} use {@code lift-<pattern>:op=orders}
 * and every other call uses {@code lift-<pattern>}.
 *
 * <p>The override sets are configuration, not input, so they add a bounded number of keys.
 */
public final class InstanceKeys {

    private final InstanceScope scope;

    private final Set<String> tenantsWithOverrides;

    private final Set<String> operationsWithOverrides;

    /**
     * @param scope the scope of the pattern
     * @param tenantsWithOverrides tenants that have settings of their own
     * @param operationsWithOverrides operations that have settings of their own
     */
    public InstanceKeys(InstanceScope scope, Set<String> tenantsWithOverrides, Set<String> operationsWithOverrides) {
        this.scope = Objects.requireNonNull(scope, "scope");
        this.tenantsWithOverrides = Set.copyOf(tenantsWithOverrides);
        this.operationsWithOverrides = Set.copyOf(operationsWithOverrides);
    }

    /**
     * Keys by scope alone, without overrides.
     * @param scope the scope
     * @return the keys
     */
    public static InstanceKeys of(InstanceScope scope) {
        return new InstanceKeys(scope, Set.of(), Set.of());
    }

    /**
     * The key of a call.
     * @param context the call's context
     * @return its key
     */
    public InstanceKey keyOf(LiftContext context) {
        String tenant = null;
        if (this.scope == InstanceScope.TENANT || this.scope == InstanceScope.TENANT_OPERATION
                || (context.hasTenant() && this.tenantsWithOverrides.contains(context.tenantId()))) {
            tenant = context.hasTenant() ? context.tenantId() : "";
        }
        String operation = null;
        if (this.scope == InstanceScope.OPERATION || this.scope == InstanceScope.TENANT_OPERATION
                || this.operationsWithOverrides.contains(context.operation())) {
            operation = context.operation();
        }
        if (tenant == null && operation == null) {
            return InstanceKey.GLOBAL;
        }
        return new InstanceKey(tenant, operation);
    }

    /** @return the scope */
    public InstanceScope scope() {
        return this.scope;
    }

}
