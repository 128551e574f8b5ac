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

package dev.lift.metrics;

import java.util.List;
import java.util.concurrent.atomic.DoubleAdder;

import io.micrometer.core.instrument.AbstractMeter;
import io.micrometer.core.instrument.Counter;

/**
 * A counter that emits the sum of its increments since the previous flush as one value.
 *
 * <p>{@link DoubleAdder#sumThenReset()} swaps each cell to zero atomically, so an increment racing
 * with a flush is counted by this flush or the next one, never by both or neither.
 */
final class EmfCounter extends AbstractMeter implements Counter, EmfRecording {

    private final DoubleAdder pending = new DoubleAdder();

    private volatile double lastFlushed;

    EmfCounter(Id id) {
        super(id);
    }

    @Override
    public void increment(double amount) {
        this.pending.add(amount);
    }

    @Override
    public List<double[]> drainValues() {
        double sum = this.pending.sumThenReset();
        this.lastFlushed = sum;
        return (sum == 0) ? List.of() : List.of(new double[] { sum });
    }

    /** @return the sum the last flush emitted */
    @Override
    public double count() {
        return this.lastFlushed;
    }

}
