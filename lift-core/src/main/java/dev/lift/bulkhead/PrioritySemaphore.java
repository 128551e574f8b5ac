package dev.lift.bulkhead;

import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The permits of one bulkhead level: a counting semaphore whose waiters are served by priority,
 * first come first served within a priority.
 *
 * <p>{@link java.util.concurrent.Semaphore} can only be fair (FIFO) or unfair, so this keeps its own
 * small structure under one lock: a free-permit count and a queue of waiters ordered by priority
 * (highest first), then arrival. A released permit is handed directly to the head waiter instead of
 * going back to the pool, so a newcomer can never barge ahead of a waiter, and the invariant
 * "free permits &gt; 0 implies nobody waits" holds whenever the lock is free. A waiter that gives up
 * (time out, interrupt) after being handed a permit passes it on, so no permit is ever lost.
 */
final class PrioritySemaphore {

    private static final Comparator<Waiter> SERVICE_ORDER = Comparator
        .<Waiter>comparingInt((waiter) -> waiter.priority)
        .reversed()
        .thenComparingLong((waiter) -> waiter.arrival);

    private final int limit;

    private final ReentrantLock lock = new ReentrantLock();

    private final PriorityQueue<Waiter> waiters = new PriorityQueue<>(SERVICE_ORDER);

    private volatile int available;

    private long arrivals;

    /**
     * @param limit how many permits exist, at least one
     */
    PrioritySemaphore(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        this.limit = limit;
        this.available = limit;
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
        this.lock.lock();
        try {
            if (this.available > 0) {
                this.available--;
                return true;
            }
            if (timeoutNanos <= 0) {
                return false;
            }
            return await(new Waiter(priority, this.arrivals++, this.lock.newCondition()), timeoutNanos);
        }
        finally {
            this.lock.unlock();
        }
    }

    private boolean await(Waiter waiter, long timeoutNanos) throws InterruptedException {
        this.waiters.add(waiter);
        long remaining = timeoutNanos;
        try {
            while (!waiter.granted) {
                if (remaining <= 0) {
                    this.waiters.remove(waiter);
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
                this.waiters.remove(waiter);
            }
            throw ex;
        }
    }

    /** Gives a permit back: to the first waiter in service order, or to the pool. */
    void release() {
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
            next.granted = true;
            next.wakeUp.signal();
            return;
        }
        if (this.available >= this.limit) {
            throw new IllegalStateException("Released a permit that was not acquired");
        }
        this.available++;
    }

    /** @return the number of permits */
    int limit() {
        return this.limit;
    }

    /** @return the number of free permits (a racy snapshot, for meters and tests) */
    int available() {
        return this.available;
    }

    /** @return the number of permits held (a racy snapshot, for meters and tests) */
    int inUse() {
        return this.limit - this.available;
    }

    /** @return the number of callers waiting for a permit */
    int waiting() {
        this.lock.lock();
        try {
            return this.waiters.size();
        }
        finally {
            this.lock.unlock();
        }
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
