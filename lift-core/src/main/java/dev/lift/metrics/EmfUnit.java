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

import java.util.Locale;

import io.micrometer.core.instrument.Meter;

/** Maps Micrometer meter types and base units to CloudWatch units. */
final class EmfUnit {

    static final String MILLISECONDS = "Milliseconds";

    static final String COUNT = "Count";

    static final String NONE = "None";

    private EmfUnit() {
    }

    /**
     * The unit of a meter's values.
     * @param id the meter id
     * @param fallback the unit when the base unit says nothing CloudWatch knows ({@code Count} for
     *     counters, {@code None} for gauges and distribution summaries)
     * @return a CloudWatch unit
     */
    static String of(Meter.Id id, String fallback) {
        String baseUnit = id.getBaseUnit();
        if (baseUnit == null) {
            return fallback;
        }
        return switch (baseUnit.toLowerCase(Locale.ROOT)) {
            case "bytes" -> "Bytes";
            case "bits" -> "Bits";
            case "seconds" -> "Seconds";
            case "milliseconds" -> MILLISECONDS;
            case "microseconds" -> "Microseconds";
            case "percent" -> "Percent";
            default -> fallback;
        };
    }

}
