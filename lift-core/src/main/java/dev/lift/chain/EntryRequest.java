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
 * The request of an entry point that answers calls itself when Lift rejects them or a filter replaces
 * the function's answer: it is told the {@link Invocation} the {@link LiftInvoker} started for it, so
 * that its answer carries the headers filters added ({@link Invocation#responseHeaders()}) even when
 * the function never ran.
 */
public interface EntryRequest {

    /**
     * Called once, before the chain runs.
     * @param invocation the invocation of this request
     */
    void started(Invocation invocation);

}
