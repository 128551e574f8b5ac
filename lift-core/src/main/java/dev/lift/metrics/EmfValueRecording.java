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

/**
 * A meter that keeps every value it records, in {@link RecordedValues}, until the flush takes them;
 * between flushes it reads as the last flush emitted ({@link #lastFlush()}), as Micrometer's step
 * meters read as the previous step.
 */
interface EmfValueRecording extends EmfRecording {

    /** @return where the meter records its values */
    RecordedValues values();

    @Override
    default List<double[]> drainValues() {
        return values().drain();
    }

    /** @return count, total and maximum of the values the last flush emitted */
    default IntervalStatistics lastFlush() {
        return values().lastDrained();
    }

}
