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

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The health of a pattern from its state ({@link LiftHealthIndicator#ofState}), as every pattern's
 * indicator builds it.
 */
class LiftHealthIndicatorTests {

    private final AtomicInteger reads = new AtomicInteger();

    private final LiftHealthIndicator indicator = LiftHealthIndicator.ofState(this.reads::incrementAndGet,
            (read) -> read % 2 == 1, "DEGRADED", (read) -> Map.of("read", read));

    @Test
    void theConfiguredStatusWhileTheStateIsDegradedAndUpOtherwise() {
        assertThat(this.indicator.health()).isEqualTo(new LiftHealth("DEGRADED", Map.of("read", 1)));
        assertThat(this.indicator.health()).isEqualTo(new LiftHealth(LiftHealth.UP, Map.of("read", 2)));
    }

    @Test
    void readsTheStateOncePerCallSoStatusAndDetailsAgree() {
        for (int call = 1; call <= 5; call++) {
            LiftHealth health = this.indicator.health();
            assertThat(health.details()).containsEntry("read", call);
            assertThat(health.status()).isEqualTo((call % 2 == 1) ? "DEGRADED" : LiftHealth.UP);
        }
        assertThat(this.reads).hasValue(5);
    }

}
