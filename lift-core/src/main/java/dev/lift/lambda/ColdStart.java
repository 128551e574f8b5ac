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

package dev.lift.lambda;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tells whether an invocation is a cold start, from Lambda's {@code AWS_LAMBDA_INITIALIZATION_TYPE}:
 * <ul>
 * <li>{@code on-demand} (and outside Lambda): exactly the first invocation of the environment;</li>
 * <li>{@code provisioned-concurrency}, {@code snap-start}: never, since initialisation happened
 * before any caller waited for it;</li>
 * <li>{@code lambda-managed-instances}: never, for the same reason: an instance is initialised before
 * Lambda routes invocations to it.</li>
 * </ul>
 * After a SnapStart restore, {@link #reset()} makes the next invocation count as cold again only for
 * {@code on-demand} environments.
 */
public final class ColdStart {

    /** The initialisation type of on-demand environments. */
    public static final String ON_DEMAND = "on-demand";

    private final boolean possible;

    private final AtomicBoolean pending;

    /**
     * @param initializationType the value of {@code AWS_LAMBDA_INITIALIZATION_TYPE}, or {@code null}
     *     outside Lambda
     */
    public ColdStart(String initializationType) {
        this.possible = initializationType == null || initializationType.isEmpty()
                || ON_DEMAND.equals(initializationType);
        this.pending = new AtomicBoolean(this.possible);
    }

    /** @return a tracker for this process's environment */
    public static ColdStart fromEnvironment() {
        return new ColdStart(System.getenv("AWS_LAMBDA_INITIALIZATION_TYPE"));
    }

    /**
     * Claims the cold start: true for exactly one caller per environment, whatever the concurrency.
     * @return whether the calling invocation is the cold start
     */
    public boolean next() {
        return this.pending.get() && this.pending.compareAndSet(true, false);
    }

    /** Makes the next invocation a cold start again, where this environment can have one. */
    public void reset() {
        this.pending.set(this.possible);
    }

}
