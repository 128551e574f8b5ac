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

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import dev.lift.context.LiftContext;

/**
 * One call passing through the {@link LiftChain}: its {@link LiftContext}, the request as the entry
 * point received it, and the target to call at the end of the chain.
 *
 * <p>An invocation belongs to one call. Filters may record which pattern rejected it, for logs and
 * metrics, and add headers to the caller's answer (e.g. the rate limit's {@code RateLimit}); both are
 * written by the thread running the call.
 */
public final class Invocation {

    private final LiftContext context;

    private final Object request;

    private final LiftTarget target;

    private volatile String rejectedBy;

    /** Made on the first header: most calls have none. */
    private Map<String, String> responseHeaders;

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

    /**
     * Adds a header to the caller's answer, whoever makes it: the function or Lift. Entry points
     * write these headers where their transport has headers (HTTP, API Gateway proxy responses).
     * @param name the header name
     * @param value its value, replacing an earlier one of the same name
     */
    public void responseHeader(String name, String value) {
        if (this.responseHeaders == null) {
            this.responseHeaders = new LinkedHashMap<>(4);
        }
        this.responseHeaders.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
    }

    /** @return the headers filters added to the caller's answer, in the order added; empty for most calls */
    public Map<String, String> responseHeaders() {
        return (this.responseHeaders != null) ? this.responseHeaders : Map.of();
    }

    Object callTarget() throws Exception {
        return this.target.call(this);
    }

}
