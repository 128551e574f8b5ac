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

package dev.lift.lambda;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.extension.ExtendWith;
import org.pastalab.fray.junit.junit5.FrayTestExtension;
import org.pastalab.fray.junit.junit5.annotations.FrayTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ColdStart} under every interleaving Fray explores: of the invocations that race for the
 * first one of an environment, exactly one is the cold start.
 */
@ExtendWith(FrayTestExtension.class)
class ColdStartFrayTests {

    @FrayTest(iterations = 150)
    void exactlyOneOfConcurrentFirstInvocationsIsTheColdStart() throws InterruptedException {
        ColdStart coldStart = new ColdStart(ColdStart.ON_DEMAND);
        AtomicInteger cold = new AtomicInteger();
        Thread[] threads = new Thread[3];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = new Thread(() -> {
                if (coldStart.next()) {
                    cold.incrementAndGet();
                }
            });
            threads[i].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(cold.get()).isEqualTo(1);
    }

    @FrayTest(iterations = 150)
    void aResetRacingInvocationsGivesAtMostOneMoreColdStart() throws InterruptedException {
        ColdStart coldStart = new ColdStart(ColdStart.ON_DEMAND);
        AtomicInteger cold = new AtomicInteger();
        Runnable invoke = () -> {
            if (coldStart.next()) {
                cold.incrementAndGet();
            }
        };
        Thread first = new Thread(invoke);
        Thread second = new Thread(invoke);
        // A SnapStart restore resets the flag while invocations are under way.
        Thread restore = new Thread(coldStart::reset);
        first.start();
        second.start();
        restore.start();
        first.join();
        second.join();
        restore.join();
        int afterwards = coldStart.next() ? 1 : 0;
        assertThat(cold.get() + afterwards).isBetween(1, 2);
    }

}
