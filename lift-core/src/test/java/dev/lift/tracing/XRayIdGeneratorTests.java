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

package dev.lift.tracing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

import io.opentelemetry.api.trace.SpanId;
import io.opentelemetry.api.trace.TraceId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link XRayIdGenerator}.
 */
class XRayIdGeneratorTests {

    private final XRayIdGenerator generator = XRayIdGenerator.getInstance();

    @Test
    void traceIdStartsWithTheCurrentEpochSecond() {
        long before = Instant.now().getEpochSecond();
        String traceId = this.generator.generateTraceId();
        long after = Instant.now().getEpochSecond();

        assertThat(TraceId.isValid(traceId)).isTrue();
        assertThat(Long.parseLong(traceId.substring(0, 8), 16)).isBetween(before, after);
        assertThat(XRayNumbers.xrayTraceId(traceId)).matches("1-[0-9a-f]{8}-[0-9a-f]{24}");
    }

    @Test
    void spanIdsAreValid() {
        assertThat(SpanId.isValid(this.generator.generateSpanId())).isTrue();
    }

    @Test
    void idsMadeOnManyThreadsAtOnceAreValidAndDistinct() throws Exception {
        int threads = 8;
        int perThread = 20_000;
        Set<String> traceIds = ConcurrentHashMap.newKeySet();
        Set<String> spanIds = ConcurrentHashMap.newKeySet();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                awaitQuietly(start);
                for (int i = 0; i < perThread; i++) {
                    String traceId = this.generator.generateTraceId();
                    String spanId = this.generator.generateSpanId();
                    if (TraceId.isValid(traceId) && SpanId.isValid(spanId)) {
                        traceIds.add(traceId);
                        spanIds.add(spanId);
                    }
                }
            });
            worker.start();
            workers.add(worker);
        }
        start.countDown();
        for (Thread worker : workers) {
            worker.join();
        }

        // 96 random bits per trace id: a collision among 160,000 would be a broken generator.
        assertThat(traceIds).hasSize(threads * perThread);
        // 64 random bits per span id: a collision is about one in a billion here.
        assertThat(spanIds).hasSizeGreaterThanOrEqualTo(threads * perThread - 1);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

}
