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

import dev.lift.context.LiftContext;
import dev.lift.context.LiftContextHolder;

/**
 * The outermost filter: makes the invocation's {@link LiftContext} current on the thread and in the
 * MDC for the whole call, and restores the thread afterwards, also when the call throws. Threads
 * are reused by servlet pools and the Lambda runtime client, so nothing may be left behind.
 */
public final class ContextFilter implements LiftFilter {

    @Override
    public Object filter(Invocation invocation, LiftFilterChain chain) throws Exception {
        LiftContext previous = LiftContextHolder.get();
        LiftContextHolder.set(invocation.context());
        try {
            return chain.proceed(invocation);
        }
        finally {
            LiftContextHolder.set(previous);
        }
    }

    @Override
    public int getOrder() {
        return LiftFilterOrder.CONTEXT;
    }

    @Override
    public String name() {
        return "context";
    }

}
