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

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import com.netflix.concurrency.limits.Limit;
import com.netflix.concurrency.limits.Limiter;
import com.netflix.concurrency.limits.limiter.AbstractPartitionedLimiter;

import dev.lift.context.LiftContext;

/**
 * The {@code priority} strategy, on concurrency-limits' partitioned limiter: one partition per
 * {@link PriorityBand}. Below the (adaptive) limit every call is admitted; at the limit a call is
 * admitted only while its band holds less than its share of the limit. Giving lower bands smaller
 * shares sheds them first, while the higher bands keep their share however much low-priority traffic
 * arrives.
 */
public final class PriorityLimiter {

    private PriorityLimiter() {
    }

    /**
     * Builds the limiter.
     * @param limit the limit algorithm (gradient2, vegas, aimd or fixed)
     * @param bands the bands; their shares add up to at most 1
     * @return the limiter, an {@link com.netflix.concurrency.limits.limiter.AbstractLimiter}
     */
    public static Limiter<LiftContext> create(Limit limit, List<PriorityBand> bands) {
        if (bands.isEmpty()) {
            throw new IllegalArgumentException("at least one band is needed");
        }
        List<PriorityBand> highestFirst = bands.stream()
            .sorted(Comparator.comparingInt(PriorityBand::minPriority).reversed())
            .toList();
        Builder builder = new Builder().named("lift-load-shedding").limit(limit).partitionResolver(bandOf(highestFirst));
        for (PriorityBand band : highestFirst) {
            builder.partition(band.name(), band.share());
        }
        return builder.build();
    }

    private static Function<LiftContext, String> bandOf(List<PriorityBand> highestFirst) {
        String lowest = highestFirst.get(highestFirst.size() - 1).name();
        return (context) -> {
            for (PriorityBand band : highestFirst) {
                if (context.priority() >= band.minPriority()) {
                    return band.name();
                }
            }
            return lowest;
        };
    }

    private static final class Builder extends AbstractPartitionedLimiter.Builder<Builder, LiftContext> {

        @Override
        protected Builder self() {
            return this;
        }

    }

}
