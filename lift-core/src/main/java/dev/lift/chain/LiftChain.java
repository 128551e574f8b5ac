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

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The ordered {@link LiftFilter}s that run around every invocation.
 *
 * <p>Assembled once at start-up: the links between filters are built here, so running the chain
 * allocates nothing beyond the {@link Invocation} itself (what each filter allocates is its own).
 * Filters are ordered by {@link LiftFilter#getOrder()}; equal orders keep their given order.
 */
public final class LiftChain {

    private static final LiftFilterChain TARGET = Invocation::callTarget;

    private final List<LiftFilter> filters;

    private final LiftFilterChain head;

    /**
     * Builds a chain.
     * @param filters the filters, in any order
     */
    public LiftChain(List<? extends LiftFilter> filters) {
        List<LiftFilter> sorted = new ArrayList<>(filters);
        sorted.sort(Comparator.comparingInt(LiftFilter::getOrder));
        this.filters = List.copyOf(sorted);
        LiftFilterChain next = TARGET;
        for (int i = sorted.size() - 1; i >= 0; i--) {
            next = new Link(sorted.get(i), next);
        }
        this.head = next;
    }

    /**
     * Runs the invocation through every filter and its target.
     * @param invocation the invocation
     * @return the result
     * @throws Exception what a filter or the target threw
     */
    public Object execute(Invocation invocation) throws Exception {
        return this.head.proceed(invocation);
    }

    /** @return the filters, outermost first */
    public List<LiftFilter> filters() {
        return this.filters;
    }

    private record Link(LiftFilter filter, LiftFilterChain next) implements LiftFilterChain {

        @Override
        public Object proceed(Invocation invocation) throws Exception {
            return this.filter.filter(invocation, this.next);
        }

    }

}
