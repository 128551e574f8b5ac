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

package dev.lift.tracing;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.ReadableSpan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bounded queue of ended spans and the one daemon thread that encodes and sends them.
 *
 * <p>Adding a span never waits and, as long as the queue is less than a quarter full, does not wake
 * the thread either: a wake-up is a system call, as dear as the send it would save. The thread
 * sends whatever is queued when a quarter of the queue is used, when a flush asks for it, and
 * otherwise every {@value #IDLE_WAIT_MILLIS} ms. Ended spans cannot change, so reading them on the
 * sending thread is safe (OpenTelemetry's {@code BatchSpanProcessor} does the same).
 */
final class XRayBackgroundSender implements AutoCloseable {

    private static final Logger logger = LoggerFactory.getLogger(XRayBackgroundSender.class);

    /** The longest a span waits in a quiet period: well under the daemon's own one-second batching. */
    static final long IDLE_WAIT_MILLIS = 100;

    private static final int BATCH_SIZE = 64;

    /** How long closing waits for the thread to send what is queued. */
    private static final long CLOSE_TIMEOUT_MILLIS = 10_000;

    private final XRayUdpSpanExporter exporter;

    private final ArrayBlockingQueue<ReadableSpan> queue;

    private final int wakeUpSize;

    private final Queue<CompletableResultCode> flushes = new ConcurrentLinkedQueue<>();

    private final AtomicBoolean failureReported = new AtomicBoolean();

    private final Thread thread;

    private volatile boolean closed;

    /**
     * Starts the thread.
     * @param exporter the exporter that encodes and sends, and counts what is dropped
     * @param maxQueueSize how many spans may wait; at least 1
     */
    XRayBackgroundSender(XRayUdpSpanExporter exporter, int maxQueueSize) {
        if (maxQueueSize < 1) {
            throw new IllegalArgumentException("maxQueueSize must be at least 1, was " + maxQueueSize);
        }
        this.exporter = exporter;
        this.queue = new ArrayBlockingQueue<>(maxQueueSize);
        this.wakeUpSize = Math.max(1, maxQueueSize / 4);
        this.thread = new Thread(this::run, "lift-xray-sender");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /**
     * Queues an ended span, or counts it as dropped when the queue is full or closed.
     * @param span the span
     */
    void add(ReadableSpan span) {
        if (this.closed || !this.queue.offer(span)) {
            this.exporter.drop();
            return;
        }
        if (this.queue.size() >= this.wakeUpSize) {
            LockSupport.unpark(this.thread);
        }
    }

    /**
     * Sends everything queued so far.
     * @return completed once every span queued before this call is sent or dropped
     */
    CompletableResultCode flush() {
        CompletableResultCode result = new CompletableResultCode();
        this.flushes.add(result);
        LockSupport.unpark(this.thread);
        if (!this.thread.isAlive()) {
            // Closed: close() sent everything that was queued.
            completeFlushes();
        }
        return result;
    }

    /** Sends what is queued, then stops the thread. Spans added afterwards are dropped. */
    @Override
    public void close() {
        this.closed = true;
        LockSupport.unpark(this.thread);
        try {
            this.thread.join(CLOSE_TIMEOUT_MILLIS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        if (!this.thread.isAlive()) {
            // Spans queued just after the thread's last look at the queue.
            DatagramBuffer buffer = new DatagramBuffer();
            for (ReadableSpan span = this.queue.poll(); span != null; span = this.queue.poll()) {
                send(span, buffer);
            }
        }
        completeFlushes();
    }

    private void run() {
        DatagramBuffer buffer = new DatagramBuffer();
        List<ReadableSpan> batch = new ArrayList<>(BATCH_SIZE);
        List<CompletableResultCode> flushing = new ArrayList<>();
        while (true) {
            // Read before draining: whatever was queued before close() is sent.
            boolean closing = this.closed;
            for (CompletableResultCode flush = this.flushes.poll(); flush != null; flush = this.flushes.poll()) {
                flushing.add(flush);
            }
            // Taken in batches: one lock acquisition, not one per span, competes with the ending threads.
            while (this.queue.drainTo(batch, BATCH_SIZE) > 0) {
                for (ReadableSpan span : batch) {
                    send(span, buffer);
                }
                batch.clear();
            }
            flushing.forEach(CompletableResultCode::succeed);
            flushing.clear();
            if (closing) {
                return;
            }
            if (this.flushes.isEmpty() && this.queue.size() < this.wakeUpSize) {
                LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(IDLE_WAIT_MILLIS));
                // Only close() stops the thread; a stray interrupt would make every park return at once.
                Thread.interrupted();
            }
        }
    }

    private void send(ReadableSpan span, DatagramBuffer buffer) {
        try {
            this.exporter.export(span.toSpanData(), buffer);
        }
        catch (RuntimeException ex) {
            // One span that cannot be encoded must not stop the thread that sends all the others.
            this.exporter.drop();
            if (this.failureReported.compareAndSet(false, true)) {
                logger.warn("Dropping a span that could not be sent to the X-Ray daemon", ex);
            }
        }
    }

    private void completeFlushes() {
        for (CompletableResultCode flush = this.flushes.poll(); flush != null; flush = this.flushes.poll()) {
            flush.succeed();
        }
    }

}
