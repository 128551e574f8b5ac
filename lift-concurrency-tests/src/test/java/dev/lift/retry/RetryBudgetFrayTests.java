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

import org.junit.jupiter.api.extension.ExtendWith;
import org.pastalab.fray.junit.junit5.FrayTestExtension;
import org.pastalab.fray.junit.junit5.annotations.FrayTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retry budget, whose Go original lost updates to its statistics under concurrent calls: under
 * every interleaving Fray explores, including a window slice rolling over in the middle, no call
 * and no retry is lost or counted twice, and the budget never allows more retries than it holds.
 */
@ExtendWith(FrayTestExtension.class)
class RetryBudgetFrayTests {

    private static final Duration WINDOW = Duration.ofSeconds(10);

    @FrayTest(iterations = 150)
    void callsAndRetriesAddUpExactlyWhileTheWindowRolls() throws InterruptedException {
        AtomicLong clock = new AtomicLong(WINDOW.toNanos() * 5);
        // 100% of calls, no reserve: the balance is exactly calls minus retries.
        RetryBudget budget = new RetryBudget(new RetryBudget.Settings(100, 0, WINDOW), clock::get);
        AtomicInteger allowed = new AtomicInteger();
        Thread caller = new Thread(() -> {
            budget.deposit();
            budget.deposit();
        });
        Thread otherCaller = new Thread(budget::deposit);
        Thread retrier = new Thread(() -> {
            for (int i = 0; i < 2; i++) {
                if (budget.tryWithdraw()) {
                    allowed.incrementAndGet();
                }
            }
        });
        // The next slice of the window starts while calls are being counted.
        Thread tick = new Thread(() -> clock.addAndGet(WINDOW.toNanos() / 10));
        Thread[] threads = { caller, otherCaller, retrier, tick };
        for (Thread thread : threads) {
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(allowed.get()).isBetween(0, 2);
        assertThat(budget.balance()).as("calls 3 - retries %d", allowed.get()).isEqualTo(3.0 - allowed.get());
    }

}
