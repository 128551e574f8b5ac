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
 * Count, total and maximum of the values one flush emitted. Meters report these between flushes, as
 * Micrometer's step registries report the previous step, so recording costs nothing extra.
 * @param count number of values
 * @param total sum of the values
 * @param max largest value, 0 when none
 */
record IntervalStatistics(long count, double total, double max) {

    static final IntervalStatistics EMPTY = new IntervalStatistics(0, 0, 0);

    static IntervalStatistics of(List<double[]> chunks) {
        if (chunks.isEmpty()) {
            return EMPTY;
        }
        long count = 0;
        double total = 0;
        double max = 0;
        for (double[] chunk : chunks) {
            count += chunk.length;
            for (double value : chunk) {
                total += value;
                max = Math.max(max, value);
            }
        }
        return new IntervalStatistics(count, total, max);
    }

}
