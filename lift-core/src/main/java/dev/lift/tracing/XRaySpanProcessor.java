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

import java.util.Objects;

import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;

/**
 * Sends each sampled span to the X-Ray daemon when it ends: either on the thread that ends it, or
 * through a bounded queue to one background thread.
 *
 * <p>On the ending thread ({@link #XRaySpanProcessor(XRayUdpSpanExporter)}), the span is encoded
 * and sent before {@code end()} returns. That is needed on Lambda: the environment is frozen as
 * soon as the invocation returns, so spans held for later would be sent late or never. It is safe
 * because {@link XRayUdpSpanExporter} never waits.
 *
 * <p>In the background ({@link #background}), ending a span only queues it; one daemon thread
 * encodes and sends what is queued, so the invocation does not pay for the encoding and the system
 * call. This is what a long-running server wants (OpenTelemetry's {@code BatchSpanProcessor} works
 * the same way). A span that finds the queue full is dropped and counted in
 * {@link XRayUdpSpanExporter#droppedCount()}; {@link #forceFlush()} and {@link #shutdown()} send
 * everything queued before they return.
 */
public final class XRaySpanProcessor implements SpanProcessor {

    private final XRayUdpSpanExporter exporter;

    private final XRayBackgroundSender background;

    /**
     * A processor that sends each span on the thread that ends it.
     * @param exporter the exporter that sends the spans
     */
    public XRaySpanProcessor(XRayUdpSpanExporter exporter) {
        this(exporter, null);
    }

    private XRaySpanProcessor(XRayUdpSpanExporter exporter, XRayBackgroundSender background) {
        this.exporter = Objects.requireNonNull(exporter, "exporter");
        this.background = background;
    }

    /**
     * A processor that queues each span for one background thread to send; not for Lambda.
     * @param exporter the exporter that sends the spans
     * @param maxQueueSize how many ended spans may wait to be sent; more are dropped
     * @return the processor, with its thread started
     */
    public static XRaySpanProcessor background(XRayUdpSpanExporter exporter, int maxQueueSize) {
        return new XRaySpanProcessor(exporter, new XRayBackgroundSender(exporter, maxQueueSize));
    }

    /** @return the exporter, for its sent and dropped counts */
    public XRayUdpSpanExporter exporter() {
        return this.exporter;
    }

    /** @return whether spans are sent by a background thread rather than the thread that ends them */
    public boolean isBackground() {
        return this.background != null;
    }

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
    }

    @Override
    public boolean isStartRequired() {
        return false;
    }

    @Override
    public void onEnd(ReadableSpan span) {
        if (!span.getSpanContext().isSampled()) {
            return;
        }
        if (this.background != null) {
            this.background.add(span);
        }
        else {
            this.exporter.export(span.toSpanData());
        }
    }

    @Override
    public boolean isEndRequired() {
        return true;
    }

    @Override
    public CompletableResultCode shutdown() {
        if (this.background != null) {
            this.background.close();
        }
        return this.exporter.shutdown();
    }

    @Override
    public CompletableResultCode forceFlush() {
        return (this.background != null) ? this.background.flush() : this.exporter.flush();
    }

}
