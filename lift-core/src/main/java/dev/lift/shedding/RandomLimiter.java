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

import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

import com.netflix.concurrency.limits.Limiter;

import dev.lift.context.LiftContext;

/**
 * The {@code random} strategy: sheds each call with a fixed probability, whatever the load. Useful to
 * rehearse how clients handle 503s, or to take a known share of traffic off a struggling dependency by
 * configuration.
 */
public final class RandomLimiter implements Limiter<LiftContext> {

    private final double probability;

    private final DoubleSupplier random;

    /**
     * @param probability the probability of shedding a call, from 0 to 1
     */
    public RandomLimiter(double probability) {
        this(probability, () -> ThreadLocalRandom.current().nextDouble());
    }

    RandomLimiter(double probability, DoubleSupplier random) {
        if (!(probability >= 0.0 && probability <= 1.0)) {
            throw new IllegalArgumentException("probability must be between 0 and 1, was " + probability);
        }
        this.probability = probability;
        this.random = random;
    }

    @Override
    public Optional<Listener> acquire(LiftContext context) {
        if (this.random.getAsDouble() < this.probability) {
            return Optional.empty();
        }
        return Optional.of(UntrackedListener.INSTANCE);
    }

}
