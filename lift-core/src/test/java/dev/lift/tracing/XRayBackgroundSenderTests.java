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

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.common.InstrumentationLibraryInfo;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link XRaySpanProcessor#background}: spans sent by one background thread through a
 * bounded queue, to a real UDP socket on loopback.
 */
class XRayBackgroundSenderTests {

    private static final int THREADS = 16;

    private static final int INVOCATIONS_PER_THREAD = 32;

    private XRayDaemonStub daemon;

    private XRayUdpSpanExporter exporter;

    /** Makes ended SDK spans to hand to a processor directly. */
    private SdkTracerProvider spans;

    @BeforeEach
    void start() throws Exception {
        this.daemon = new XRayDaemonStub();
        this.exporter = XRayUdpSpanExporter.builder().daemonAddress(this.daemon.address()).build();
        this.spans = SdkTracerProvider.builder().setIdGenerator(XRayIdGenerator.getInstance()).build();
    }

    @AfterEach
    void stop() {
        this.spans.close();
        this.exporter.shutdown();
        this.daemon.close();
    }

    @Test
    void hammerBelowTheQueueBoundLosesNothing() throws Exception {
        int total = THREADS * INVOCATIONS_PER_THREAD;
        XRaySpanProcessor processor = XRaySpanProcessor.background(this.exporter, total);
        try (OtelTracing tracing = new OtelTracing(processor)) {
            XRayExporterConcurrencyTests.hammer(tracing, THREADS, INVOCATIONS_PER_THREAD);
            assertThat(processor.forceFlush().join(10, TimeUnit.SECONDS).isSuccess()).isTrue();

            assertThat(this.exporter.sentCount()).isEqualTo(total);
            assertThat(this.exporter.droppedCount()).isZero();
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < total; i++) {
                ids.add(this.daemon.nextDocument().get("id").asText());
            }
            assertThat(ids).hasSize(total);
        }
    }

    @Test
    void spansThatFindTheQueueFullAreDroppedAndCounted() throws Exception {
        int maxQueueSize = 4;
        XRaySpanProcessor processor = XRaySpanProcessor.background(this.exporter, maxQueueSize);
        BlockingSpan blocker = new BlockingSpan(endedSpan());
        processor.onEnd(blocker);
        // The sending thread is now stuck in the first span: the queue fills up.
        assertThat(blocker.taken.await(10, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < maxQueueSize + 3; i++) {
            processor.onEnd(endedSpan());
        }
        assertThat(this.exporter.droppedCount()).isEqualTo(3);

        blocker.release.countDown();
        assertThat(processor.forceFlush().join(10, TimeUnit.SECONDS).isSuccess()).isTrue();

        assertThat(this.exporter.sentCount()).isEqualTo(1 + maxQueueSize);
        assertThat(this.exporter.droppedCount()).isEqualTo(3);
        for (int i = 0; i < 1 + maxQueueSize; i++) {
            this.daemon.nextDocument();
        }
        processor.shutdown();
    }

    @Test
    void shutdownSendsWhatIsQueued() throws Exception {
        XRaySpanProcessor processor = XRaySpanProcessor.background(this.exporter, 2048);
        int queued = 100;
        for (int i = 0; i < queued; i++) {
            processor.onEnd(endedSpan());
        }

        processor.shutdown().join(10, TimeUnit.SECONDS);

        assertThat(this.exporter.sentCount()).isEqualTo(queued);
        assertThat(this.exporter.droppedCount()).isZero();
        for (int i = 0; i < queued; i++) {
            this.daemon.nextDocument();
        }
        processor.onEnd(endedSpan());
        assertThat(this.exporter.droppedCount()).as("ended after shutdown").isEqualTo(1);
    }

    @Test
    void spansAreSentWithoutAFlushToo() throws Exception {
        XRaySpanProcessor processor = XRaySpanProcessor.background(this.exporter, 2048);
        assertThat(processor.isBackground()).isTrue();
        ReadableSpan span = endedSpan();

        processor.onEnd(span);

        // Within the idle wait (the stub waits 5 s for it).
        assertThat(this.daemon.nextDocument().get("id").asText()).isEqualTo(span.getSpanContext().getSpanId());
        processor.shutdown();
    }

    private ReadableSpan endedSpan() {
        io.opentelemetry.api.trace.Span span = this.spans.get("test").spanBuilder("createOrder").startSpan();
        span.end();
        return (ReadableSpan) span;
    }

    /** An ended span whose data the sending thread cannot read until released. */
    private static final class BlockingSpan implements ReadableSpan {

        final CountDownLatch taken = new CountDownLatch(1);

        final CountDownLatch release = new CountDownLatch(1);

        private final ReadableSpan span;

        BlockingSpan(ReadableSpan span) {
            this.span = span;
        }

        @Override
        public SpanData toSpanData() {
            this.taken.countDown();
            try {
                this.release.await(10, TimeUnit.SECONDS);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            return this.span.toSpanData();
        }

        @Override
        public SpanContext getSpanContext() {
            return this.span.getSpanContext();
        }

        @Override
        public SpanContext getParentSpanContext() {
            return this.span.getParentSpanContext();
        }

        @Override
        public String getName() {
            return this.span.getName();
        }

        @Override
        @Deprecated
        public InstrumentationLibraryInfo getInstrumentationLibraryInfo() {
            return this.span.getInstrumentationLibraryInfo();
        }

        @Override
        public boolean hasEnded() {
            return this.span.hasEnded();
        }

        @Override
        public long getLatencyNanos() {
            return this.span.getLatencyNanos();
        }

        @Override
        public SpanKind getKind() {
            return this.span.getKind();
        }

        @Override
        public <T> T getAttribute(AttributeKey<T> key) {
            return this.span.getAttribute(key);
        }

    }

}
