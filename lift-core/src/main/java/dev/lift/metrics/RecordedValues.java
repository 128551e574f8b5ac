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

package dev.lift.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.concurrent.atomic.AtomicReferenceFieldUpdater;

import org.HdrHistogram.WriterReaderPhaser;

/**
 * The values one meter recorded since the last flush, each handed to exactly one flush.
 *
 * <p>Writers never lock: a value claims a slot in the current chunk with one atomic increment,
 * inside a {@link WriterReaderPhaser} critical section (two more atomic increments). A flush swaps
 * in a fresh chunk list and flips the phaser, which waits until every writer that could still hold
 * the old list has left it; only then are its values read. A value therefore lands either before the
 * swap (this flush) or after it (the next flush), never in both and never in neither: the lost and
 * double-counted values of the seeds' unsynchronised recorders cannot happen here.
 *
 * <p>Chunks hold {@value #CHUNK_SIZE} values, the most one EMF metric may carry, so a chunk is one
 * metric entry of a document.
 */
final class RecordedValues {

    /** Values per chunk: EMF's limit of values per metric in one document. */
    static final int CHUNK_SIZE = 100;

    private final WriterReaderPhaser phaser = new WriterReaderPhaser();

    private volatile Chunk head = new Chunk();

    private volatile Chunk tail = this.head;

    /** A drained chunk kept for the next swap, touched only by the (single) drainer. */
    private Chunk spare;

    private volatile IntervalStatistics lastDrained = IntervalStatistics.EMPTY;

    private static final AtomicReferenceFieldUpdater<RecordedValues, Chunk> TAIL = AtomicReferenceFieldUpdater
        .newUpdater(RecordedValues.class, Chunk.class, "tail");

    /**
     * Records a value. Safe from any number of threads, concurrently with {@link #drain()}.
     * @param value the value
     */
    void record(double value) {
        long ticket = this.phaser.writerCriticalSectionEnter();
        try {
            Chunk chunk = this.tail;
            while (!chunk.offer(value)) {
                chunk = appendAfter(chunk);
            }
        }
        finally {
            this.phaser.writerCriticalSectionExit(ticket);
        }
    }

    private Chunk appendAfter(Chunk full) {
        Chunk next = full.next;
        if (next == null) {
            Chunk fresh = new Chunk();
            next = Chunk.NEXT.compareAndSet(full, null, fresh) ? fresh : full.next;
        }
        TAIL.compareAndSet(this, full, next);
        return next;
    }

    /**
     * Takes every value recorded since the previous drain. Callers serialise drains (one flush at a
     * time); recording goes on meanwhile.
     * @return the values in chunks of at most {@value #CHUNK_SIZE}, empty when none were recorded
     */
    List<double[]> drain() {
        if (this.head.claimed == 0) {
            // Nothing recorded yet: a writer that claims a slot after this check is drained next time.
            this.lastDrained = IntervalStatistics.EMPTY;
            return List.of();
        }
        Chunk taken;
        this.phaser.readerLock();
        try {
            taken = this.head;
            Chunk fresh = (this.spare != null) ? this.spare : new Chunk();
            this.spare = null;
            this.tail = fresh;
            this.head = fresh;
            // Waits for writers that entered before the swap and may still be writing into `taken`.
            this.phaser.flipPhase();
        }
        finally {
            this.phaser.readerUnlock();
        }
        List<double[]> values = new ArrayList<>();
        for (Chunk chunk = taken; chunk != null; chunk = chunk.next) {
            int size = Math.min(chunk.claimed, CHUNK_SIZE);
            if (size > 0) {
                values.add((size == CHUNK_SIZE) ? chunk.values : Arrays.copyOf(chunk.values, size));
            }
        }
        if (taken.next == null && taken.claimed < CHUNK_SIZE) {
            // No writer can reach it any more (the flip waited for them) and its values were copied.
            taken.claimed = 0;
            this.spare = taken;
        }
        this.lastDrained = IntervalStatistics.of(values);
        return values;
    }

    /** @return count, total and maximum of the values the last drain returned */
    IntervalStatistics lastDrained() {
        return this.lastDrained;
    }

    /** A fixed block of slots; writers claim slots by incrementing {@code claimed}. */
    private static final class Chunk {

        static final AtomicIntegerFieldUpdater<Chunk> CLAIMED = AtomicIntegerFieldUpdater.newUpdater(Chunk.class,
                "claimed");

        static final AtomicReferenceFieldUpdater<Chunk, Chunk> NEXT = AtomicReferenceFieldUpdater
            .newUpdater(Chunk.class, Chunk.class, "next");

        final double[] values = new double[CHUNK_SIZE];

        volatile int claimed;

        volatile Chunk next;

        boolean offer(double value) {
            if (this.claimed >= CHUNK_SIZE) {
                return false;
            }
            int slot = CLAIMED.getAndIncrement(this);
            if (slot >= CHUNK_SIZE) {
                return false;
            }
            this.values[slot] = value;
            return true;
        }

    }

}
