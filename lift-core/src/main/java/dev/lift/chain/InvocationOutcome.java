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

import dev.lift.error.LiftRejectedException;

/**
 * How an invocation ended, as logs, metrics and traces report it: {@code success}, {@code error}
 * (the function threw, or returned a 5xx {@link StatusResult}) or {@code rejected} (a Lift pattern
 * refused the call, by throwing a {@link LiftRejectedException} or by recording
 * {@link Invocation#rejectedBy(String)} on a response it made itself).
 *
 * @param name {@value #SUCCESS}, {@value #ERROR} or {@value #REJECTED}
 * @param rejectedBy the pattern that rejected the call, or {@code null}
 */
public record InvocationOutcome(String name, String rejectedBy) {

    /** The call returned normally. */
    public static final String SUCCESS = "success";

    /** The function failed. */
    public static final String ERROR = "error";

    /** A Lift pattern refused the call. */
    public static final String REJECTED = "rejected";

    private static final InvocationOutcome SUCCEEDED = new InvocationOutcome(SUCCESS, null);

    private static final InvocationOutcome FAILED = new InvocationOutcome(ERROR, null);

    /**
     * Runs the rest of the chain and reports how it ended and how long it took, also when it throws
     * (the report comes first, then the exception goes on).
     * @param invocation the invocation
     * @param chain the rest of the chain
     * @param observer told the outcome and the duration in nanoseconds
     * @return what the rest of the chain returned
     * @throws Exception what the rest of the chain threw
     */
    public static Object observe(Invocation invocation, LiftFilterChain chain, Observer observer) throws Exception {
        long start = System.nanoTime();
        Object result = null;
        Throwable failure = null;
        try {
            result = chain.proceed(invocation);
            return result;
        }
        catch (Exception | Error ex) {
            failure = ex;
            throw ex;
        }
        finally {
            observer.ended(invocation, of(invocation, result, failure), System.nanoTime() - start);
        }
    }

    /**
     * Judges how an invocation ended.
     * @param invocation the invocation
     * @param result what the rest of the chain returned, or {@code null}
     * @param failure what it threw, or {@code null}
     * @return the outcome
     */
    public static InvocationOutcome of(Invocation invocation, Object result, Throwable failure) {
        String rejectedBy = (failure instanceof LiftRejectedException rejection) ? rejection.pattern()
                : invocation.rejectedBy();
        if (rejectedBy != null) {
            return new InvocationOutcome(REJECTED, rejectedBy);
        }
        if (failure != null || (result instanceof StatusResult status && status.status() >= 500)) {
            return FAILED;
        }
        return SUCCEEDED;
    }

    /** Told how an invocation ended, by {@link #observe}. */
    @FunctionalInterface
    public interface Observer {

        /**
         * @param invocation the invocation
         * @param outcome how it ended
         * @param nanos how long the rest of the chain took
         */
        void ended(Invocation invocation, InvocationOutcome outcome, long nanos);

    }

    /** @return whether a pattern rejected the call */
    public boolean rejected() {
        return this.rejectedBy != null;
    }

    /** @return whether the function failed */
    public boolean failed() {
        return ERROR.equals(this.name);
    }

}
