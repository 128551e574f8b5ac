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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import dev.lift.error.LiftConfigurationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RetryBudgetTests {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    @Test
    void retriesAreAShareOfCallsPlusAReserve() {
        RetryBudget budget = new RetryBudget(new RetryBudget.Settings(20, 1, Duration.ofSeconds(10)), this.nanos::get);
        for (int i = 0; i < 100; i++) {
            budget.deposit();
        }
        int retries = 0;
        while (budget.tryWithdraw()) {
            retries++;
        }
        // 20 % of 100 calls, plus 1 per second over 10 seconds.
        assertThat(retries).isEqualTo(30);
    }

    @Test
    void callsAndRetriesExpireAfterTheWindow() {
        RetryBudget budget = new RetryBudget(new RetryBudget.Settings(50, 0, Duration.ofSeconds(10)), this.nanos::get);
        for (int i = 0; i < 10; i++) {
            budget.deposit();
        }
        assertThat(budget.balance()).isEqualTo(5.0);
        this.nanos.addAndGet(Duration.ofSeconds(5).toNanos());
        assertThat(budget.tryWithdraw()).isTrue();
        assertThat(budget.balance()).isEqualTo(4.0);
        this.nanos.addAndGet(Duration.ofSeconds(6).toNanos());
        // The deposits are older than the window now; the withdrawal is not.
        assertThat(budget.balance()).isEqualTo(-1.0);
        this.nanos.addAndGet(Duration.ofSeconds(5).toNanos());
        assertThat(budget.balance()).isZero();
    }

    @Test
    void depositsReadTheClockEverySixtyFourCallsAndABusyFunctionMovesOnWithTheWindow() {
        AtomicInteger readings = new AtomicInteger();
        RetryBudget budget = new RetryBudget(new RetryBudget.Settings(100, 0, Duration.ofSeconds(10)), () -> {
            readings.incrementAndGet();
            return this.nanos.get();
        });
        int before = readings.get();
        for (int i = 0; i < 640; i++) {
            budget.deposit();
        }
        assertThat(readings.get() - before).isEqualTo(10);
        assertThat(budget.balance()).isEqualTo(640.0);

        this.nanos.addAndGet(Duration.ofSeconds(11).toNanos());
        for (int i = 0; i < 640; i++) {
            budget.deposit();
        }
        // The first 64 deposits still went to the old slice, now out of the window; the rest count.
        assertThat(budget.balance()).isEqualTo(576.0);
    }

    @Test
    void badSettingsNameTheProperty() {
        assertThatExceptionOfType(LiftConfigurationException.class)
            .isThrownBy(() -> new RetryBudget.Settings(-1, 1, Duration.ofSeconds(1)))
            .satisfies((ex) -> assertThat(ex.property()).isEqualTo("lift.retry.budget.percent"));
    }

}
