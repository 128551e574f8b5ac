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

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.AbstractTimer;
import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.micrometer.core.instrument.distribution.pause.PauseDetector;
import io.micrometer.core.instrument.util.TimeUtils;

/**
 * A timer whose every recorded duration becomes one value, in milliseconds, of an EMF metric.
 * CloudWatch computes percentiles from the values itself, so no client-side histogram is kept.
 */
final class EmfTimer extends AbstractTimer implements EmfValueRecording {

    private final RecordedValues values = new RecordedValues();

    EmfTimer(Id id, Clock clock, PauseDetector pauseDetector) {
        super(id, clock, DistributionStatisticConfig.NONE, pauseDetector, TimeUnit.MILLISECONDS, false);
    }

    @Override
    public RecordedValues values() {
        return this.values;
    }

    @Override
    protected void recordNonNegative(long amount, TimeUnit unit) {
        this.values.record(TimeUtils.convert(amount, unit, TimeUnit.MILLISECONDS));
    }

    /** @return the number of durations the last flush emitted */
    @Override
    public long count() {
        return lastFlush().count();
    }

    @Override
    public double totalTime(TimeUnit unit) {
        return TimeUtils.convert(lastFlush().total(), TimeUnit.MILLISECONDS, unit);
    }

    @Override
    public double max(TimeUnit unit) {
        return TimeUtils.convert(lastFlush().max(), TimeUnit.MILLISECONDS, unit);
    }

}
