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

package dev.lift.priority;

import java.util.Objects;

import dev.lift.context.LiftContext;
import dev.lift.tenancy.LiftRequest;

/**
 * Turns the priority a call claims into the priority it gets: the default when it claims none, and
 * never more than the configured maximum, so a caller cannot jump every queue by sending a large
 * number. Claiming less than the default is allowed: it only hurts the caller.
 */
public final class PriorityPolicy {

    private final LiftPriorityResolver resolver;

    private final int defaultPriority;

    private final int maxPriority;

    /**
     * @param resolver where the claimed priority comes from
     * @param defaultPriority the priority of a call that claims none
     * @param maxPriority the highest priority a call may claim, at least {@code defaultPriority}
     */
    public PriorityPolicy(LiftPriorityResolver resolver, int defaultPriority, int maxPriority) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        if (maxPriority < defaultPriority) {
            throw new IllegalArgumentException(
                    "maxPriority " + maxPriority + " is below defaultPriority " + defaultPriority);
        }
        this.defaultPriority = defaultPriority;
        this.maxPriority = maxPriority;
    }

    /**
     * @param request the incoming call
     * @return the call's priority, for {@link LiftContext.Builder#priority(int)}
     */
    public int resolve(LiftRequest request) {
        Integer claimed = this.resolver.resolvePriority(request);
        if (claimed == null) {
            return this.defaultPriority;
        }
        return Math.min(claimed, this.maxPriority);
    }

}
