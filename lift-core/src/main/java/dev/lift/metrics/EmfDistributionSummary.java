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

import io.micrometer.core.instrument.AbstractDistributionSummary;
import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;

/** A distribution summary whose every recorded amount becomes one value of an EMF metric. */
final class EmfDistributionSummary extends AbstractDistributionSummary implements EmfValueRecording {

    private final RecordedValues values = new RecordedValues();

    EmfDistributionSummary(Id id, Clock clock, double scale) {
        super(id, clock, DistributionStatisticConfig.NONE, scale, false);
    }

    @Override
    public RecordedValues values() {
        return this.values;
    }

    @Override
    protected void recordNonNegative(double amount) {
        this.values.record(amount);
    }

    /** @return the number of amounts the last flush emitted */
    @Override
    public long count() {
        return lastFlush().count();
    }

    @Override
    public double totalAmount() {
        return lastFlush().total();
    }

    @Override
    public double max() {
        return lastFlush().max();
    }

}
