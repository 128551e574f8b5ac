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

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.extension.ExtendWith;
import org.pastalab.fray.junit.junit5.FrayTestExtension;
import org.pastalab.fray.junit.junit5.annotations.FrayTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bulkhead's {@link PrioritySemaphore} under the interleavings Fray explores: never more
 * holders than permits, and every permit back when the calls are over, whether a waiter was
 * granted a permit, interrupted, or both at once.
 */
@ExtendWith(FrayTestExtension.class)
class PrioritySemaphoreFrayTests {

    private static final long WAIT = TimeUnit.HOURS.toNanos(1);

    @FrayTest(iterations = 150)
    void neverMoreHoldersThanPermitsAndAllPermitsComeBack() throws InterruptedException {
        PrioritySemaphore permits = new PrioritySemaphore(2);
        AtomicInteger holders = new AtomicInteger();
        AtomicInteger mostHolders = new AtomicInteger();
        Thread[] calls = new Thread[3];
        for (int i = 0; i < calls.length; i++) {
            int priority = i;
            calls[i] = new Thread(() -> {
                try {
                    if (permits.acquire(priority, WAIT)) {
                        mostHolders.accumulateAndGet(holders.incrementAndGet(), Math::max);
                        holders.decrementAndGet();
                        permits.release();
                    }
                }
                catch (InterruptedException ex) {
                    throw new IllegalStateException(ex);
                }
            });
            calls[i].start();
        }
        for (Thread call : calls) {
            call.join();
        }
        assertThat(mostHolders.get()).isBetween(1, 2);
        assertThat(permits.available()).isEqualTo(2);
        assertThat(permits.waiting()).isZero();
    }

    @FrayTest(iterations = 150)
    void aWaiterInterruptedWhileBeingGrantedAPermitPassesItOn() throws InterruptedException {
        PrioritySemaphore permits = new PrioritySemaphore(1);
        AtomicInteger waiterHeld = new AtomicInteger();
        assertThat(permits.acquire(0, 0)).isTrue();
        Thread waiter = new Thread(() -> {
            try {
                if (permits.acquire(5, WAIT)) {
                    waiterHeld.incrementAndGet();
                    permits.release();
                }
            }
            catch (InterruptedException ex) {
                // The timeout's interrupt: the waiter gives up and must hold nothing.
            }
        });
        Thread other = new Thread(() -> {
            try {
                if (permits.acquire(1, WAIT)) {
                    permits.release();
                }
            }
            catch (InterruptedException ex) {
                throw new IllegalStateException(ex);
            }
        });
        waiter.start();
        other.start();
        Thread timeout = new Thread(waiter::interrupt);
        timeout.start();
        permits.release();
        waiter.join();
        other.join();
        timeout.join();
        assertThat(waiterHeld.get()).isBetween(0, 1);
        assertThat(permits.available()).as("permits back").isEqualTo(1);
        assertThat(permits.waiting()).as("waiters left").isZero();
    }

    @FrayTest(iterations = 200, ignoreTimedBlock = false)
    void aWaiterWhoseWaitEndsAsAPermitIsReleasedLosesNoPermit() throws InterruptedException {
        PrioritySemaphore permits = new PrioritySemaphore(1);
        assertThat(permits.acquire(0, 0)).isTrue();
        AtomicInteger granted = new AtomicInteger();
        Thread waiter = waiter(permits, TimeUnit.MILLISECONDS.toNanos(1), granted);
        waiter.start();
        permits.release();
        waiter.join();
        assertThat(granted.get()).isBetween(0, 1);
        assertThat(permits.available()).isEqualTo(1);
        assertThat(permits.waiting()).isZero();
    }

    @FrayTest(iterations = 300)
    void aPermitGivenBackWithoutTheLockAsAWaiterQueuesReachesTheWaiter() throws InterruptedException {
        PrioritySemaphore permits = new PrioritySemaphore(1);
        assertThat(permits.acquire(0, 0)).isTrue();
        AtomicInteger granted = new AtomicInteger();
        // Waits without a time limit: a permit stranded in the pool would leave it waiting for ever.
        Thread waiter = waiter(permits, Long.MAX_VALUE, granted);
        waiter.start();
        permits.release();
        waiter.join();
        assertThat(granted.get()).isEqualTo(1);
        assertThat(permits.available()).isEqualTo(1);
        assertThat(permits.waiting()).isZero();
    }

    /** A thread that takes a permit, waiting at most {@code timeoutNanos}, counts it and gives it back. */
    private static Thread waiter(PrioritySemaphore permits, long timeoutNanos, AtomicInteger granted) {
        return new Thread(() -> {
            try {
                if (permits.acquire(0, timeoutNanos)) {
                    granted.incrementAndGet();
                    permits.release();
                }
            }
            catch (InterruptedException ex) {
                throw new IllegalStateException(ex);
            }
        });
    }

}
