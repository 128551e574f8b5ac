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

package dev.lift.shedding;

import java.util.Objects;

/**
 * A band of call priorities for the {@code priority} strategy: calls whose
 * {@link dev.lift.context.LiftContext#priority() priority} is at least {@code minPriority} (and below
 * the next band's) share {@code share} of the concurrency limit once the limit is reached.
 *
 * @param name the band's name, e.g. {@code critical}
 * @param minPriority the lowest priority in the band
 * @param share the fraction of the limit the band keeps when the limit is reached, from 0 to 1
 */
public record PriorityBand(String name, int minPriority, double share) {

    /**
     * Checks the values.
     * @param name the band's name
     * @param minPriority the lowest priority in the band
     * @param share the fraction of the limit the band keeps
     */
    public PriorityBand {
        Objects.requireNonNull(name, "name");
        if (!(share >= 0.0 && share <= 1.0)) {
            throw new IllegalArgumentException("share must be between 0 and 1, was " + share);
        }
    }

}
