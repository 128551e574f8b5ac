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

import java.io.IOException;
import java.io.StringWriter;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.micrometer.core.instrument.util.TimeUtils;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How EMF values are written: every value reads back as exactly the double that was recorded. */
class EmfValuesTests {

    private final EmfValues values = new EmfValues();

    @Test
    void timerValuesAreWrittenAsTheirDecimalMilliseconds() throws IOException {
        assertThat(written(TimeUtils.convert(1_614_498, TimeUnit.NANOSECONDS, TimeUnit.MILLISECONDS)))
            .isEqualTo("1.614498");
        assertThat(written(TimeUtils.convert(84_097_000, TimeUnit.NANOSECONDS, TimeUnit.MILLISECONDS)))
            .isEqualTo("84.097");
        assertThat(written(TimeUtils.convert(5, TimeUnit.NANOSECONDS, TimeUnit.MILLISECONDS))).isEqualTo("0.000005");
        assertThat(written(1.0)).isEqualTo("1");
        assertThat(written(0.0)).isEqualTo("0");
        assertThat(written(-2.5)).isEqualTo("-2.5");
        assertThat(written(100.0)).isEqualTo("100");
    }

    @Test
    void everyValueReadsBackAsTheSameDouble() throws IOException {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 200_000; i++) {
            long nanos = random.nextLong(1, 3_600_000_000_000L);
            double millis = TimeUtils.convert(nanos, TimeUnit.NANOSECONDS, TimeUnit.MILLISECONDS);
            assertThat(Double.parseDouble(written(millis))).isEqualTo(millis);
            double any = Double.longBitsToDouble(random.nextLong());
            if (Double.isFinite(any)) {
                assertThat(Double.parseDouble(written(any))).isEqualTo(any);
            }
            double fraction = random.nextDouble() * random.nextInt(1, 1_000_000);
            assertThat(Double.parseDouble(written(fraction))).isEqualTo(fraction);
        }
        for (double edge : new double[] { Double.MAX_VALUE, Double.MIN_VALUE, -Double.MAX_VALUE, 8.999e12, 9.1e12,
                1e-7, 0.1, 1.0 / 3, Long.MAX_VALUE / 1e6 }) {
            assertThat(Double.parseDouble(written(edge))).isEqualTo(edge);
        }
    }

    private String written(double value) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            this.values.write(json, value);
        }
        return out.toString();
    }

}
