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

/**
 * One step of the {@link LiftChain} around every invocation. Each Lift pattern is one filter; users
 * add their own by declaring a bean and choosing its place with {@link #getOrder()}.
 *
 * <p>A filter calls {@code chain.proceed(invocation)} to continue (several times to retry, not at
 * all to reject) and may run on many threads at once: keep per-call state on the stack or in the
 * {@link Invocation}, never in fields.
 */
public interface LiftFilter {

    /**
     * Runs this step.
     * @param invocation the invocation
     * @param chain the rest of the chain, ending in the user's function
     * @return the result of the rest of the chain, or a replacement
     * @throws Exception what the rest of the chain threw, or a {@code LiftRejectedException}
     */
    Object filter(Invocation invocation, LiftFilterChain chain) throws Exception;

    /**
     * The place of this filter in the chain: lower runs first (further out). Lift's own filters use
     * the {@link LiftFilterOrder} constants; the default puts a filter innermost, next to the function.
     * @return the order
     */
    default int getOrder() {
        return LiftFilterOrder.USER_DEFAULT;
    }

    /**
     * The name shown in the chain description, logs and metrics ({@code circuit-breaker}, ...).
     * @return the name
     */
    default String name() {
        return getClass().getSimpleName();
    }

}
