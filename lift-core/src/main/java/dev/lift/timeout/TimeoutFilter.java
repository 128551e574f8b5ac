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

import java.time.Duration;
import java.util.Objects;

import dev.lift.chain.Invocation;
import dev.lift.chain.LiftFilter;
import dev.lift.chain.LiftFilterChain;
import dev.lift.chain.LiftFilterOrder;
import dev.lift.context.LiftContext;
import dev.lift.context.LiftContextHolder;

/**
 * Bounds how long the rest of the chain (retries included) may run: the calculator's timeout for the
 * call, capped by the invocation deadline minus the safety margin so that a Lambda function answers
 * with a clean 504 before Lambda stops it. The call runs on the caller's thread; a shared
 * {@link TimeoutScheduler} interrupts it when the time is up, and the filter then throws
 * {@link LiftTimeoutException} whatever the function did with the interrupt. The thread's interrupt
 * flag is clear when the filter returns.
 */
public final class TimeoutFilter implements LiftFilter {

    private final LiftTimeoutCalculator calculator;

    private final long safetyMarginNanos;

    private final TimeoutScheduler scheduler;

    /**
     * @param calculator the timeout of each call
     * @param lambdaSafetyMargin how long before the invocation deadline a call is stopped at the latest
     * @param scheduler the scheduler that interrupts calls
     */
    public TimeoutFilter(LiftTimeoutCalculator calculator, Duration lambdaSafetyMargin, TimeoutScheduler scheduler) {
        this.calculator = Objects.requireNonNull(calculator, "calculator");
        this.safetyMarginNanos = lambdaSafetyMargin.toNanos();
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    }

    @Override
    public Object filter(Invocation invocation, LiftFilterChain chain) throws Exception {
        LiftContext context = invocation.context();
        Duration own = this.calculator.timeout(context);
        long ownNanos = (own != null && !own.isZero() && !own.isNegative()) ? own.toNanos() : Long.MAX_VALUE;
        long capNanos = context.hasDeadline() ? context.remainingNanos() - this.safetyMarginNanos : Long.MAX_VALUE;
        long timeoutNanos = Math.min(ownNanos, capNanos);
        if (timeoutNanos == Long.MAX_VALUE) {
            return chain.proceed(invocation);
        }
        boolean capped = capNanos < ownNanos;
        if (timeoutNanos <= 0) {
            throw timedOut(invocation, 0, capped);
        }
        TimeoutScheduler.Timer timer = this.scheduler.start(timeoutNanos);
        // Inside the timeout, the deadline is the timeout's: retries and the function see what is left.
        LiftContext current = LiftContextHolder.get();
        boolean narrowed = current != null;
        if (narrowed) {
            LiftContextHolder.set(current.withDeadlineNotAfter(System.nanoTime() + timeoutNanos));
        }
        Object result;
        try {
            result = chain.proceed(invocation);
        }
        catch (Throwable ex) {
            // An Error (out of memory, ...) says more than the timeout that may have come with it.
            if (timer.disarm() && ex instanceof Exception) {
                throw timedOut(invocation, timeoutNanos, capped);
            }
            throw ex;
        }
        finally {
            if (narrowed) {
                LiftContextHolder.set(current);
            }
        }
        if (timer.disarm()) {
            throw timedOut(invocation, timeoutNanos, capped);
        }
        return result;
    }

    private LiftTimeoutException timedOut(Invocation invocation, long timeoutNanos, boolean capped) {
        invocation.rejectedBy(name());
        return new LiftTimeoutException(Duration.ofNanos(Math.max(timeoutNanos, 0)), capped);
    }

    @Override
    public int getOrder() {
        return LiftFilterOrder.TIMEOUT;
    }

    @Override
    public String name() {
        return "timeout";
    }

}
