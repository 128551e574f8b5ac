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
 * What the chain protects: the call into the user's function, as an entry point makes it. Entry
 * points keep one stateless target and read the call's arguments from the {@link Invocation}, so a
 * call allocates nothing for it.
 */
@FunctionalInterface
public interface LiftTarget {

    /**
     * Calls the function. May be called more than once when a filter retries.
     * @param invocation the invocation
     * @return the result
     * @throws Exception what the function threw
     */
    Object call(Invocation invocation) throws Exception;

}
