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

import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The permits of one bulkhead level: a counting semaphore whose waiters are served by priority,
 * first come first served within a priority.
 *
 * <p>{@link java.util.concurrent.Semaphore} can only be fair (FIFO) or unfair, so this keeps its own
 * small structure: a free-permit count and, under a lock, a queue of waiters ordered by priority
 * (highest first), then arrival. A released permit is handed directly to the head waiter instead of
 * going back to the pool, so a newcomer does not barge ahead of a queued waiter. A waiter that gives
 * up (time out, interrupt) after being handed a permit passes it on, so no permit is ever lost.
 *
 * <p>While nobody waits — nearly always — taking and giving back a permit is one compare-and-set on
 * the count, without the lock. A waiter announces itself ({@code queued}) before it looks for a free
 * permit one last time, and a lock-free release looks for waiters after it has put its permit back,
 * so one of the two always sees the other: a permit is never left free while someone waits for it.
 */
final class PrioritySemaphore {

    private static final Comparator<Waiter> SERVICE_ORDER = Comparator
        .<Waiter>comparingInt((waiter) -> waiter.priority)
        .reversed()
        .thenComparingLong((waiter) -> waiter.arrival);

    private final int limit;

    private final AtomicInteger available;

    private final ReentrantLock lock = new ReentrantLock();

    /** Guarded by {@link #lock}. */
    private final PriorityQueue<Waiter> waiters = new PriorityQueue<>(SERVICE_ORDER);

    /** The size of {@link #waiters}, written under the lock, read without it. */
    private volatile int queued;

    /** Guarded by {@link #lock}. */
    private long arrivals;

    /**
     * @param limit how many permits exist, at least one
     */
    PrioritySemaphore(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        this.limit = limit;
        this.available = new AtomicInteger(limit);
    }

    /**
     * Takes a permit, waiting at most {@code timeoutNanos} behind the waiters of higher or equal
     * priority that came first.
     * @param priority the caller's priority; higher is served first
     * @param timeoutNanos how long to wait; zero or less takes a free permit or fails at once
     * @return whether a permit was taken
     * @throws InterruptedException when interrupted while waiting; the caller then holds no permit
     */
    boolean acquire(int priority, long timeoutNanos) throws InterruptedException {
        if (this.queued == 0 && takeFree()) {
            return true;
        }
        this.lock.lock();
        try {
            if (this.waiters.isEmpty() && takeFree()) {
                return true;
            }
            if (timeoutNanos <= 0) {
                return false;
            }
            Waiter waiter = new Waiter(priority, this.arrivals++, this.lock.newCondition());
            this.waiters.add(waiter);
            this.queued = this.waiters.size();
            // A permit given back without the lock just before we announced ourselves is ours to hand out.
            grantFreePermits();
            return await(waiter, timeoutNanos);
        }
        finally {
            this.lock.unlock();
        }
    }

    private boolean takeFree() {
        int free;
        while ((free = this.available.get()) > 0) {
            if (this.available.compareAndSet(free, free - 1)) {
                return true;
            }
        }
        return false;
    }

    private boolean await(Waiter waiter, long timeoutNanos) throws InterruptedException {
        long remaining = timeoutNanos;
        try {
            while (!waiter.granted) {
                if (remaining <= 0) {
                    dequeue(waiter);
                    return false;
                }
                remaining = waiter.wakeUp.awaitNanos(remaining);
            }
            return true;
        }
        catch (InterruptedException ex) {
            if (waiter.granted) {
                // Handed a permit just as the interrupt arrived: pass it on rather than keep it.
                releaseLocked();
            }
            else {
                dequeue(waiter);
            }
            throw ex;
        }
    }

    private void dequeue(Waiter waiter) {
        this.waiters.remove(waiter);
        this.queued = this.waiters.size();
    }

    /** Gives a permit back: to the first waiter in service order, or to the pool. */
    void release() {
        if (this.queued == 0) {
            giveBack();
            if (this.queued == 0) {
                return;
            }
            // A waiter announced itself meanwhile and may have missed this permit.
            this.lock.lock();
            try {
                grantFreePermits();
            }
            finally {
                this.lock.unlock();
            }
            return;
        }
        this.lock.lock();
        try {
            releaseLocked();
        }
        finally {
            this.lock.unlock();
        }
    }

    private void releaseLocked() {
        Waiter next = this.waiters.poll();
        if (next != null) {
            this.queued = this.waiters.size();
            grant(next);
            return;
        }
        giveBack();
    }

    private void giveBack() {
        if (this.available.incrementAndGet() > this.limit) {
            this.available.decrementAndGet();
            throw new IllegalStateException("Released a permit that was not acquired");
        }
    }

    /** Under the lock: hands free permits to waiters, in service order, while there are both. */
    private void grantFreePermits() {
        while (!this.waiters.isEmpty() && takeFree()) {
            Waiter next = this.waiters.poll();
            this.queued = this.waiters.size();
            grant(next);
        }
    }

    private static void grant(Waiter waiter) {
        waiter.granted = true;
        waiter.wakeUp.signal();
    }

    /** @return the number of permits */
    int limit() {
        return this.limit;
    }

    /** @return the number of free permits (a racy snapshot, for meters and tests) */
    int available() {
        return this.available.get();
    }

    /** @return the number of permits held (a racy snapshot, for meters and tests) */
    int inUse() {
        return this.limit - this.available.get();
    }

    /** @return the number of callers waiting for a permit */
    int waiting() {
        return this.queued;
    }

    /** A caller waiting for a permit; {@code granted} is written and read under the lock only. */
    private static final class Waiter {

        private final int priority;

        private final long arrival;

        private final Condition wakeUp;

        private boolean granted;

        Waiter(int priority, long arrival, Condition wakeUp) {
            this.priority = priority;
            this.arrival = arrival;
            this.wakeUp = wakeUp;
        }

    }

}
