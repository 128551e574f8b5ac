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

import java.util.Objects;

import dev.lift.context.LiftContext;
import dev.lift.context.LiftContextHolder;
import dev.lift.error.LiftInvalidTenantException;
import dev.lift.priority.PriorityPolicy;
import dev.lift.tenancy.LiftRequest;
import dev.lift.tenancy.TenantPolicy;

/**
 * What every entry point (Lambda handler, servlet filter) does with a call: resolve and validate its
 * tenant, give it its priority, complete its {@link LiftContext} and run it through the {@link LiftChain}.
 *
 * <p>A call that passes two entry points (an HTTP request to a function) runs the chain once: the
 * inner entry finds the context the outer one made current and calls its target directly.
 *
 * <p>A call refused for its tenant (invalid, or missing where required) never reaches the patterns,
 * but is observed like any other: it runs through the filters ordered up to
 * {@link LiftFilterOrder#METRICS} (context, tracing, logging, metrics), without a tenant, and ends
 * there with the {@link LiftInvalidTenantException}, so it is logged, traced and counted in
 * {@code lift.invocation} as {@code rejected} by {@code tenancy}.
 */
public final class LiftInvoker {

    private final LiftChain chain;

    /** The filters that observe calls, for calls refused before the chain. */
    private final LiftChain observers;

    private final TenantPolicy tenantPolicy;

    private final PriorityPolicy priorityPolicy;

    /**
     * @param chain the chain every call runs through
     * @param tenantPolicy resolves and validates tenants
     */
    public LiftInvoker(LiftChain chain, TenantPolicy tenantPolicy) {
        this(chain, tenantPolicy, null);
    }

    /**
     * @param chain the chain every call runs through
     * @param tenantPolicy resolves and validates tenants
     * @param priorityPolicy gives each call its priority, or {@code null} to keep the priority the
     *     entry point set
     */
    public LiftInvoker(LiftChain chain, TenantPolicy tenantPolicy, PriorityPolicy priorityPolicy) {
        this.chain = Objects.requireNonNull(chain, "chain");
        this.observers = new LiftChain(
                chain.filters().stream().filter((filter) -> filter.getOrder() <= LiftFilterOrder.METRICS).toList());
        this.tenantPolicy = Objects.requireNonNull(tenantPolicy, "tenantPolicy");
        this.priorityPolicy = priorityPolicy;
    }

    /** @return whether a Lift invocation is already running on this thread */
    public static boolean insideInvocation() {
        return LiftContextHolder.get() != null;
    }

    /**
     * Runs a call through the chain, or straight to its target when this thread is already inside a
     * Lift invocation.
     * @param request the call as tenant resolvers see it
     * @param context the context so far (request id, operation, deadline, trace, cold start)
     * @param rawRequest the request as the entry point received it, for the target; told the
     *     invocation when it is an {@link EntryRequest}
     * @param target the call into the function
     * @return the result
     * @throws Exception what the chain threw: a {@code LiftRejectedException} when Lift refused the
     *     call, otherwise what the function threw
     */
    public Object invoke(LiftRequest request, LiftContext.Builder context, Object rawRequest, LiftTarget target)
            throws Exception {
        LiftContext current = LiftContextHolder.get();
        if (current != null) {
            return target.call(new Invocation(current, rawRequest, target));
        }
        String tenant;
        try {
            tenant = this.tenantPolicy.resolve(request);
        }
        catch (LiftInvalidTenantException ex) {
            Invocation refused = new Invocation(context.build(), rawRequest, (invocation) -> {
                throw ex;
            });
            if (rawRequest instanceof EntryRequest entry) {
                entry.started(refused);
            }
            return this.observers.execute(refused);
        }
        if (this.priorityPolicy != null) {
            context.priority(this.priorityPolicy.resolve(request));
        }
        Invocation invocation = new Invocation(context.tenantId(tenant).build(), rawRequest, target);
        if (rawRequest instanceof EntryRequest entry) {
            entry.started(invocation);
        }
        return this.chain.execute(invocation);
    }

    /** @return the chain */
    public LiftChain chain() {
        return this.chain;
    }

}
