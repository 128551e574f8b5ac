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

/**
 * One call passing through the {@link LiftChain}: its {@link LiftContext}, the request as the entry
 * point received it, and the target to call at the end of the chain.
 *
 * <p>An invocation belongs to one call. Filters may record which pattern rejected it, for logs and
 * metrics; that field is written by the thread running the call.
 */
public final class Invocation {

    private final LiftContext context;

    private final Object request;

    private final LiftTarget target;

    private volatile String rejectedBy;

    /**
     * Creates an invocation.
     * @param context its context
     * @param request the request as the entry point received it (a Lambda event, a servlet request, ...)
     * @param target the call into the user's function
     */
    public Invocation(LiftContext context, Object request, LiftTarget target) {
        this.context = Objects.requireNonNull(context, "context");
        this.request = request;
        this.target = Objects.requireNonNull(target, "target");
    }

    /** @return the context of this invocation */
    public LiftContext context() {
        return this.context;
    }

    /** @return the operation, usually the function name */
    public String operation() {
        return this.context.operation();
    }

    /** @return the request as the entry point received it */
    public Object request() {
        return this.request;
    }

    /** @return the name of the filter that rejected the call, or {@code null} */
    public String rejectedBy() {
        return this.rejectedBy;
    }

    /**
     * Records which filter rejected the call.
     * @param filterName the filter's name
     */
    public void rejectedBy(String filterName) {
        this.rejectedBy = filterName;
    }

    Object callTarget() throws Exception {
        return this.target.call(this);
    }

}
