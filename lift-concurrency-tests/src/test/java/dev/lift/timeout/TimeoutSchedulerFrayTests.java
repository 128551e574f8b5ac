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

package dev.lift.timeout;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.extension.ExtendWith;
import org.pastalab.fray.junit.junit5.FrayTestExtension;
import org.pastalab.fray.junit.junit5.annotations.FrayTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timeout's interrupt state machine ({@link TimeoutScheduler.Timer}) when the timer fires just
 * as the call ends: {@code disarm()} reports a timeout exactly when the interrupt was delivered,
 * and no interrupt survives the call to reach the next one on the same thread.
 */
@ExtendWith(FrayTestExtension.class)
class TimeoutSchedulerFrayTests {

    @FrayTest(iterations = 150)
    void noInterruptOutlivesTheCallWhateverWinsTheRace() throws InterruptedException {
        TimeoutScheduler scheduler = new TimeoutScheduler();
        try {
            AtomicReference<TimeoutScheduler.Timer> timer = new AtomicReference<>();
            CountDownLatch started = new CountDownLatch(1);
            AtomicBoolean fired = new AtomicBoolean();
            AtomicBoolean timedOut = new AtomicBoolean();
            AtomicBoolean interruptLeft = new AtomicBoolean();
            // The scheduler thread's side, fired by hand: the scheduled one is an hour away.
            Thread expiry = new Thread(() -> {
                try {
                    started.await();
                }
                catch (InterruptedException ex) {
                    throw new IllegalStateException(ex);
                }
                timer.get().run();
                fired.set(true);
            });
            Thread call = new Thread(() -> {
                timer.set(scheduler.start(TimeUnit.HOURS.toNanos(1)));
                started.countDown();
                timedOut.set(timer.get().disarm());
                // The next call on this thread starts only after the expiry is over, whatever it did.
                try {
                    expiry.join();
                }
                catch (InterruptedException ex) {
                    interruptLeft.set(true);
                }
                interruptLeft.compareAndSet(false, Thread.currentThread().isInterrupted());
            });
            expiry.start();
            call.start();
            call.join();
            expiry.join();
            assertThat(fired).isTrue();
            assertThat(interruptLeft).as("an interrupt reached past disarm()").isFalse();
            if (!timedOut.get()) {
                assertThat(scheduler.pendingTimers()).as("a disarmed timer left queued").isZero();
            }
        }
        finally {
            scheduler.close();
        }
    }

}
