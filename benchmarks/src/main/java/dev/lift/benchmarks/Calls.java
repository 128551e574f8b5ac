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

package dev.lift.benchmarks;

import java.util.function.Function;

import dev.lift.chain.Invocation;
import dev.lift.chain.LiftChain;
import dev.lift.chain.LiftTarget;
import dev.lift.context.LiftContext;

/**
 * The function every benchmark protects, and the per-call work an entry point does before the chain:
 * a {@link LiftContext} and an {@link Invocation} for each call. Tenant resolution and request id
 * generation are left out: they belong to the entry point and cost the same with or without filters.
 */
final class Calls {

    static final String INPUT = "hello";

    static final String OPERATION = "uppercase";

    static final String TENANT = "acme";

    /** The user's function: cheap, so that what surrounds it shows. */
    static final Function<String, Integer> FUNCTION = String::length;

    /** What an entry point keeps: one stateless target reading the input from the invocation. */
    static final LiftTarget TARGET = (invocation) -> FUNCTION.apply((String) invocation.request());

    private Calls() {
    }

    /**
     * One call through a chain, as an entry point makes it.
     * @param chain the chain
     * @param input the function's input
     * @return the function's result
     * @throws Exception what the chain threw
     */
    static Object through(LiftChain chain, String input) throws Exception {
        LiftContext context = LiftContext.builder("request-1", OPERATION).tenantId(TENANT).build();
        return chain.execute(new Invocation(context, input, TARGET));
    }

}
