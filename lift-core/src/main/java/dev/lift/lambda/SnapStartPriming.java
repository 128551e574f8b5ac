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

import dev.lift.context.LiftContext;

/**
 * Marks the synthetic invocation that primes the chain before a SnapStart checkpoint. It runs every
 * filter once so that classes are loaded and code paths are warm in the snapshot; a filter whose
 * work has effects outside the process (a DynamoDB write, an emitted metric or trace) checks
 * {@link #isPriming(LiftContext)} and skips that effect.
 */
public final class SnapStartPriming {

    /** The context attribute set to {@code "true"} on the priming invocation. */
    public static final String ATTRIBUTE = "lift.snapstart.priming";

    /** The request id of the priming invocation. */
    public static final String REQUEST_ID = "lift-snapstart-priming";

    private SnapStartPriming() {
    }

    /**
     * @param context an invocation's context
     * @return whether it is the priming invocation
     */
    public static boolean isPriming(LiftContext context) {
        return "true".equals(context.attributes().get(ATTRIBUTE));
    }

}
