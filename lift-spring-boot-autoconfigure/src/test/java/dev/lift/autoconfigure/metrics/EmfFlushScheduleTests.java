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

package dev.lift.autoconfigure.metrics;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.lift.metrics.EmfMeterRegistry;
import io.micrometer.core.instrument.Clock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmfFlushScheduleTests {

    @Test
    void flushesEveryStep() throws Exception {
        CountDownLatch flushed = new CountDownLatch(1);
        EmfMeterRegistry registry = new EmfMeterRegistry("Lift", Clock.SYSTEM, (document) -> flushed.countDown());
        EmfFlushSchedule schedule = new EmfFlushSchedule(registry, Duration.ofMillis(20));
        registry.counter("work").increment();
        schedule.start();
        try {
            assertThat(flushed.await(10, TimeUnit.SECONDS)).isTrue();
        }
        finally {
            schedule.stop();
        }
    }

    @Test
    void stoppingFlushesWhatIsLeft() {
        List<String> documents = new CopyOnWriteArrayList<>();
        EmfMeterRegistry registry = new EmfMeterRegistry("Lift", Clock.SYSTEM, documents::add);
        EmfFlushSchedule schedule = new EmfFlushSchedule(registry, Duration.ofHours(1));
        schedule.start();
        registry.counter("work").increment();

        schedule.stop();

        assertThat(documents).hasSize(1);
        assertThat(schedule.isRunning()).isFalse();
    }

}
