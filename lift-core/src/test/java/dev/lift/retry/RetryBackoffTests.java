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

package dev.lift.retry;

import java.time.Duration;

import io.github.resilience4j.core.IntervalFunction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RetryBackoffTests {

    private static final Duration INITIAL = Duration.ofMillis(100);

    private static final Duration MAX = Duration.ofMillis(450);

    private static long[] waits(IntervalFunction function) {
        long[] waits = new long[5];
        for (int retry = 1; retry <= 5; retry++) {
            waits[retry - 1] = function.apply(retry);
        }
        return waits;
    }

    @Test
    void fixed() {
        assertThat(waits(RetryBackoff.of(BackoffStrategy.FIXED, INITIAL, 2, MAX, 0))).containsExactly(100, 100, 100, 100, 100);
    }

    @Test
    void linear() {
        assertThat(waits(RetryBackoff.of(BackoffStrategy.LINEAR, INITIAL, 2, MAX, 0))).containsExactly(100, 200, 300, 400, 450);
    }

    @Test
    void exponential() {
        assertThat(waits(RetryBackoff.of(BackoffStrategy.EXPONENTIAL, INITIAL, 2, MAX, 0)))
            .containsExactly(100, 200, 400, 450, 450);
    }

    @Test
    void jitterSpreadsWithinItsRange() {
        IntervalFunction jittered = RetryBackoff.of(BackoffStrategy.FIXED, INITIAL, 2, MAX, 0.5);
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < 10_000; i++) {
            long wait = jittered.apply(1);
            min = Math.min(min, wait);
            max = Math.max(max, wait);
        }
        assertThat(min).isBetween(50L, 55L);
        assertThat(max).isBetween(145L, 150L);
    }

}
