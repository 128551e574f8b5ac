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

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MockClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Standard output that blocks (a full pipe to Lambda's log agent, a slow terminal): the invocation
 * that flushes waits for it, nothing else does, and no value is lost or doubled when it drains.
 */
class EmfSlowOutputTests {

    @Test
    void aBlockedOutputHoldsOnlyTheFlushAndLosesNothing() throws Exception {
        CountDownLatch drained = new CountDownLatch(1);
        CountDownLatch writing = new CountDownLatch(1);
        Queue<String> out = new ConcurrentLinkedQueue<>();
        EmfMeterRegistry registry = new EmfMeterRegistry("Lift/Slow", new MockClock(), (document) -> {
            writing.countDown();
            try {
                // Output is full until the reader catches up.
                drained.await();
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            out.add(document);
        });
        Counter counter = registry.counter("calls");
        counter.increment();
        ExecutorService flusher = Executors.newSingleThreadExecutor();
        try {
            Future<?> blockedFlush = flusher.submit(registry::flush);
            assertThat(writing.await(5, TimeUnit.SECONDS)).isTrue();
            // Recording goes on at full speed while the flush is stuck in the output.
            long start = System.nanoTime();
            for (int i = 0; i < 100_000; i++) {
                counter.increment();
            }
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(2_000);
            assertThat(blockedFlush.isDone()).isFalse();
            drained.countDown();
            blockedFlush.get(5, TimeUnit.SECONDS);
        }
        finally {
            flusher.shutdownNow();
        }
        registry.flush();
        double emitted = 0;
        for (String line : out) {
            JsonNode document = EmfSpecification.validate(line);
            emitted += document.path("calls").asDouble();
        }
        assertThat(emitted).isEqualTo(100_001);
    }

}
