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

package dev.lift.shedding;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Tests for {@link SheddingRateCap}. */
class SheddingRateCapTests {

    private final AtomicLong now = new AtomicLong();

    @Test
    void neverShedsMoreThanTheCapUnderConcurrency() throws Exception {
        SheddingRateCap cap = new SheddingRateCap(0.3, Duration.ofSeconds(1), this.now::get);
        LongAdder shed = new LongAdder();
        LongAdder ran = new LongAdder();
        int threads = 8;
        int callsPerThread = 20_000;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            boolean admitting = t % 2 == 0;
            callers.execute(() -> {
                await(start);
                for (int i = 0; i < callsPerThread; i++) {
                    if (admitting) {
                        cap.admitted();
                        ran.increment();
                    }
                    else if (cap.tryShed()) {
                        shed.increment();
                    }
                    else {
                        ran.increment();
                    }
                }
            });
        }
        start.countDown();
        callers.shutdown();
        assertThat(callers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        long calls = (long) threads * callsPerThread;
        assertThat(shed.sum() + ran.sum()).isEqualTo(calls);
        assertThat(shed.sum()).isLessThanOrEqualTo((long) (0.3 * calls)).isPositive();
    }

    @Test
    void everyShedDecisionKeepsTheWindowUnderTheCap() {
        SheddingRateCap cap = new SheddingRateCap(0.5, Duration.ofSeconds(1), this.now::get);
        // Alone, a strategy that sheds everything gets every second call.
        assertThat(cap.tryShed()).isFalse();
        assertThat(cap.tryShed()).isTrue();
        assertThat(cap.tryShed()).isFalse();
        assertThat(cap.tryShed()).isTrue();
    }

    @Test
    void aNewWindowStartsAfresh() {
        SheddingRateCap cap = new SheddingRateCap(0.5, Duration.ofSeconds(1), this.now::get);
        for (int i = 0; i < 10; i++) {
            cap.admitted();
        }
        assertThat(cap.tryShed()).isTrue();
        this.now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(cap.tryShed()).isFalse();
    }

    @Test
    void zeroNeverShedsAndOneAlwaysSheds() {
        SheddingRateCap never = new SheddingRateCap(0.0, Duration.ofSeconds(1), this.now::get);
        assertThat(never.tryShed()).isFalse();
        never.admitted();
        assertThat(never.tryShed()).isFalse();
        assertThat(SheddingRateCap.none().tryShed()).isTrue();
        assertThatIllegalArgumentException().isThrownBy(() -> new SheddingRateCap(1.5, Duration.ofSeconds(1), System::nanoTime));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

}
