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

package dev.lift.bulkhead;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

class PrioritySemaphoreTests {

    private static final long LONG_WAIT = TimeUnit.SECONDS.toNanos(10);

    @Test
    void nextPermitGoesToHighestPriorityThenFirstComeFirstServed() throws Exception {
        PrioritySemaphore permits = new PrioritySemaphore(1);
        assertThat(permits.acquire(0, 0)).isTrue();
        List<String> served = new CopyOnWriteArrayList<>();
        List<Thread> waiters = List.of(waiter(permits, "low-1", 1, served), waiter(permits, "low-2", 1, served),
                waiter(permits, "high-1", 9, served), waiter(permits, "high-2", 9, served),
                waiter(permits, "mid-1", 5, served));
        for (int i = 0; i < waiters.size(); i++) {
            waiters.get(i).start();
            int queued = i + 1;
            // Start the next waiter only once this one is queued, so arrival order is known.
            await().atMost(Duration.ofSeconds(5)).until(() -> permits.waiting() == queued);
        }
        permits.release();
        for (Thread waiter : waiters) {
            waiter.join(5000);
        }
        assertThat(served).containsExactly("high-1", "high-2", "mid-1", "low-1", "low-2");
        assertThat(permits.available()).isEqualTo(1);
    }

    @Test
    void zeroWaitFailsAtOnceWhenNoPermitIsFree() throws Exception {
        PrioritySemaphore permits = new PrioritySemaphore(1);
        assertThat(permits.acquire(0, 0)).isTrue();
        long start = System.nanoTime();
        assertThat(permits.acquire(100, 0)).isFalse();
        assertThat(System.nanoTime() - start).isLessThan(TimeUnit.MILLISECONDS.toNanos(50));
        assertThat(permits.waiting()).isZero();
    }

    @Test
    void waiterThatTimesOutLeavesTheQueueWithoutAPermit() throws Exception {
        PrioritySemaphore permits = new PrioritySemaphore(1);
        assertThat(permits.acquire(0, 0)).isTrue();
        assertThat(permits.acquire(0, TimeUnit.MILLISECONDS.toNanos(20))).isFalse();
        assertThat(permits.waiting()).isZero();
        permits.release();
        assertThat(permits.available()).isEqualTo(1);
    }

    @Test
    void interruptedWaiterTakesNothingAndReleasesNothing() throws Exception {
        PrioritySemaphore permits = new PrioritySemaphore(2);
        assertThat(permits.acquire(0, 0)).isTrue();
        assertThat(permits.acquire(0, 0)).isTrue();
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        Thread waiter = new Thread(() -> {
            try {
                permits.acquire(0, LONG_WAIT);
            }
            catch (Throwable ex) {
                outcome.set(ex);
            }
        });
        waiter.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> permits.waiting() == 1);
        waiter.interrupt();
        waiter.join(5000);
        assertThat(outcome.get()).isInstanceOf(InterruptedException.class);
        assertThat(permits.waiting()).isZero();
        assertThat(permits.inUse()).isEqualTo(2);
        permits.release();
        permits.release();
        assertThat(permits.available()).isEqualTo(2);
    }

    @Test
    void permitHandedToAWaiterAsItIsInterruptedIsPassedOnNotLost() throws Exception {
        PrioritySemaphore permits = new PrioritySemaphore(1);
        for (int round = 0; round < 300; round++) {
            assertThat(permits.acquire(0, 0)).isTrue();
            CountDownLatch queued = new CountDownLatch(1);
            Thread waiter = new Thread(() -> {
                queued.countDown();
                try {
                    if (permits.acquire(0, LONG_WAIT)) {
                        permits.release();
                    }
                }
                catch (InterruptedException ex) {
                    // Either outcome is fine; what matters is the count below.
                }
            });
            waiter.start();
            queued.await();
            while (permits.waiting() == 0 && waiter.isAlive()) {
                Thread.onSpinWait();
            }
            // Release and interrupt race: the waiter may be granted the permit and interrupted together.
            Thread interrupter = new Thread(waiter::interrupt);
            interrupter.start();
            permits.release();
            interrupter.join();
            waiter.join(5000);
            assertThat(permits.available()).as("round %d", round).isEqualTo(1);
            assertThat(permits.waiting()).isZero();
        }
    }

    @Test
    void releasingMoreThanWasAcquiredIsRefused() {
        PrioritySemaphore permits = new PrioritySemaphore(1);
        assertThatIllegalStateException().isThrownBy(permits::release);
    }

    private static Thread waiter(PrioritySemaphore permits, String name, int priority, List<String> served) {
        return new Thread(() -> {
            try {
                if (permits.acquire(priority, LONG_WAIT)) {
                    served.add(name);
                    permits.release();
                }
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }, name);
    }

}
