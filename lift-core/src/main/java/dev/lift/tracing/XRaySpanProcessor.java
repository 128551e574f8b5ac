package dev.lift.tracing;

import java.util.List;
import java.util.Objects;

import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;

/**
 * Sends each sampled span to the X-Ray daemon the moment it ends, on the thread that ends it.
 *
 * <p>That is safe because {@link XRayUdpSpanExporter} never waits, and it is needed on Lambda: the
 * environment is frozen as soon as the invocation returns, so spans held for a batch would be sent
 * late or never.
 */
public final class XRaySpanProcessor implements SpanProcessor {

    private final XRayUdpSpanExporter exporter;

    /**
     * @param exporter the exporter that sends the spans
     */
    public XRaySpanProcessor(XRayUdpSpanExporter exporter) {
        this.exporter = Objects.requireNonNull(exporter, "exporter");
    }

    /** @return the exporter, for its sent and dropped counts */
    public XRayUdpSpanExporter exporter() {
        return this.exporter;
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
        if (span.getSpanContext().isSampled()) {
            this.exporter.export(List.of(span.toSpanData()));
        }
    }

    @Override
    public boolean isEndRequired() {
        return true;
    }

    @Override
    public CompletableResultCode shutdown() {
        return this.exporter.shutdown();
    }

    @Override
    public CompletableResultCode forceFlush() {
        return this.exporter.flush();
    }

}
