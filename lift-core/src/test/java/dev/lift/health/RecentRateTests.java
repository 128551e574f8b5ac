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

package dev.lift.health;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecentRateTests {

    private final AtomicLong shed = new AtomicLong();

    private final AtomicLong calls = new AtomicLong();

    private final AtomicLong clock = new AtomicLong();

    private final RecentRate rate = new RecentRate(this.shed::get, this.calls::get, Duration.ofSeconds(10),
            this.clock::get);

    @Test
    void countsEverythingWithinTheFirstWindow() {
        record(100, 40);
        assertThat(this.rate.recent()).isEqualTo(new RecentRate.Counts(40, 100));
        assertThat(this.rate.recent().ratio()).isEqualTo(0.4);
    }

    @Test
    void forgetsWhatIsOlderThanTwoWindows() {
        record(100, 90);
        advance(10);
        this.rate.recent();
        record(100, 0);
        advance(10);
        this.rate.recent();
        record(50, 5);

        assertThat(this.rate.recent()).isEqualTo(new RecentRate.Counts(5, 150));
    }

    @Test
    void isZeroWithoutCalls() {
        advance(60);
        assertThat(this.rate.recent().ratio()).isZero();
    }

    private void record(long calls, long shed) {
        this.calls.addAndGet(calls);
        this.shed.addAndGet(shed);
    }

    private void advance(int seconds) {
        this.clock.addAndGet(Duration.ofSeconds(seconds).toNanos());
    }

}
