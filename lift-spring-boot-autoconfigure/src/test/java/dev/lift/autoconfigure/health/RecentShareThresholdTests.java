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

package dev.lift.autoconfigure.health;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import dev.lift.health.RecentRate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule load shedding and the rate-limit store share: a share of recent calls counts only over
 * enough calls.
 */
class RecentShareThresholdTests {

    private final AtomicLong failed = new AtomicLong();

    private final AtomicLong calls = new AtomicLong();

    private final RecentShareThreshold threshold = new RecentShareThreshold(
            new RecentRate(this.failed::get, this.calls::get, Duration.ofSeconds(10), () -> 0L), 10, 0.5);

    @Test
    void fewerCallsThanTheMinimumNeverReachIt() {
        record(9, 9);
        assertThat(this.threshold.reachedBy(this.threshold.recent())).isFalse();
    }

    @Test
    void theShareOverTheMinimumCallsReachesIt() {
        record(10, 5);
        assertThat(this.threshold.recent()).isEqualTo(new RecentRate.Counts(5, 10));
        assertThat(this.threshold.reachedBy(this.threshold.recent())).isTrue();
    }

    @Test
    void aSmallerShareDoesNot() {
        record(100, 49);
        assertThat(this.threshold.reachedBy(this.threshold.recent())).isFalse();
    }

    private void record(long calls, long failed) {
        this.calls.addAndGet(calls);
        this.failed.addAndGet(failed);
    }

}
