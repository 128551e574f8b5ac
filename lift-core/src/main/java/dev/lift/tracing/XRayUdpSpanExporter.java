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

import java.net.InetSocketAddress;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;

import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An OpenTelemetry {@link SpanExporter} that sends every span to the X-Ray daemon over UDP, one
 * datagram per span: as an X-Ray segment or subsegment document ({@link XRayFormat#SEGMENT}, the
 * default), or as an OTLP span in the AWS Distro for OpenTelemetry's UDP format
 * ({@link XRayFormat#OTLP}).
 *
 * <p>Exporting never waits: the datagram goes to a non-blocking socket, and whatever cannot be sent
 * at once (no daemon listening, full socket buffer, a document that cannot be made small enough) is
 * counted in {@link #droppedCount()} instead. Every exported span is counted exactly once, as sent
 * or as dropped. Spans whose remote parent was not sampled ({@code Sampled=0} in the trace header)
 * are not sent: their parent segment does not exist in X-Ray.
 *
 * <p>X-Ray accepts only trace ids that start with a recent epoch second, as
 * {@link XRayIdGenerator} makes them and as Lambda's trace header carries them. Spans of other
 * traces are dropped (and counted), with a warning logged once.
 *
 * <p>Export through {@link XRaySpanProcessor}: on Lambda it sends each span as it ends (a batching
 * processor would hold spans while the environment is frozen between invocations); elsewhere it
 * can leave the encoding and sending to a background thread.
 */
public final class XRayUdpSpanExporter implements SpanExporter {

    private static final Logger logger = LoggerFactory.getLogger(XRayUdpSpanExporter.class);

    /** X-Ray refuses trace ids whose epoch is more than 30 days before the segment. */
    private static final long MAX_TRACE_AGE_SECONDS = TimeUnit.DAYS.toSeconds(30);

    /** A trace started up to this much later than a span's start is clock skew between hosts. */
    private static final long MAX_TRACE_SKEW_SECONDS = TimeUnit.MINUTES.toSeconds(5);

    private final XRayDaemonSender sender;

    private final XRayFormat format;

    private final SpanDatagramEncoder encoder;

    private final LongAdder truncated = new LongAdder();

    private final AtomicBoolean foreignTraceIdReported = new AtomicBoolean();

    /** Spans ended one at a time (the usual case on Lambda) reuse one buffer. */
    private final ReentrantLock sharedBufferLock = new ReentrantLock();

    private final DatagramBuffer sharedBuffer = new DatagramBuffer();

    private XRayUdpSpanExporter(Builder builder) {
        this.sender = new XRayDaemonSender(builder.daemonAddress);
        this.format = builder.format;
        this.encoder = (builder.format == XRayFormat.OTLP) ? new OtlpSpanEncoder(builder.annotationKeys)
                : new XRaySegmentEncoder(builder.lambda, builder.annotationKeys);
    }

    /**
     * Starts building an exporter.
     * @return a builder sending to {@code AWS_XRAY_DAEMON_ADDRESS}, else {@code 127.0.0.1:2000},
     *     with spans under a remote parent as segments (as outside Lambda)
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        boolean allSent = true;
        for (SpanData span : spans) {
            allSent &= export(span);
        }
        return allSent ? CompletableResultCode.ofSuccess() : CompletableResultCode.ofFailure();
    }

    /**
     * Sends one span from the calling thread, writing it into the exporter's own buffer unless
     * another thread is using it.
     * @param span the span
     * @return whether it was handed to the network (or needed no sending)
     */
    boolean export(SpanData span) {
        if (this.sharedBufferLock.tryLock()) {
            try {
                return export(span, this.sharedBuffer);
            }
            finally {
                this.sharedBufferLock.unlock();
            }
        }
        return export(span, new DatagramBuffer());
    }

    /**
     * Sends one span.
     * @param span the span
     * @param buffer where to write the datagram; only the calling thread may be using it
     * @return whether it was handed to the network (or needed no sending)
     */
    boolean export(SpanData span, DatagramBuffer buffer) {
        SpanContext parent = span.getParentSpanContext();
        if (parent.isRemote() && !parent.isSampled()) {
            return true;
        }
        if (!isXRayTraceId(span)) {
            if (this.foreignTraceIdReported.compareAndSet(false, true)) {
                logger.warn("Dropping spans whose trace id does not start with a recent epoch second, which X-Ray "
                        + "refuses; generate trace ids with XRayIdGenerator");
            }
            this.sender.drop();
            return false;
        }
        SpanDatagramEncoder.Outcome outcome = this.encoder.encode(span, buffer);
        if (outcome == SpanDatagramEncoder.Outcome.TOO_LARGE) {
            this.sender.drop();
            return false;
        }
        if (outcome == SpanDatagramEncoder.Outcome.TRUNCATED) {
            this.truncated.increment();
        }
        return this.sender.send(buffer.asByteBuffer());
    }

    /**
     * Counts a span that was never handed to this exporter (e.g. no room in a queue) as dropped.
     */
    void drop() {
        this.sender.drop();
    }

    private static boolean isXRayTraceId(SpanData span) {
        long traceEpoch = Long.parseLong(span.getTraceId(), 0, 8, 16);
        long spanEpoch = TimeUnit.NANOSECONDS.toSeconds(span.getStartEpochNanos());
        return traceEpoch <= spanEpoch + MAX_TRACE_SKEW_SECONDS && traceEpoch >= spanEpoch - MAX_TRACE_AGE_SECONDS;
    }

    /** @return how many spans were handed to the network */
    public long sentCount() {
        return this.sender.sent();
    }

    /** @return how many spans could not be sent and were dropped */
    public long droppedCount() {
        return this.sender.dropped();
    }

    /** @return how many spans were sent without some details, to fit in a datagram */
    public long truncatedCount() {
        return this.truncated.sum();
    }

    /** @return the form in which spans are sent */
    public XRayFormat format() {
        return this.format;
    }

    /** @return the daemon's address */
    public InetSocketAddress daemonAddress() {
        return this.sender.address();
    }

    @Override
    public CompletableResultCode flush() {
        // Nothing is buffered.
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        this.sender.close();
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public String toString() {
        return "XRayUdpSpanExporter{daemon=" + this.sender.address() + ", format=" + this.format + "}";
    }

    /** Builds an {@link XRayUdpSpanExporter}. */
    public static final class Builder {

        private InetSocketAddress daemonAddress;

        private boolean lambda;

        private XRayFormat format = XRayFormat.SEGMENT;

        private final Set<String> annotationKeys = new LinkedHashSet<>();

        private Builder() {
        }

        /**
         * @param daemonAddress the daemon's UDP address, see {@link XRayDaemonAddress#parse};
         *     unset: {@code AWS_XRAY_DAEMON_ADDRESS}, else {@code 127.0.0.1:2000}
         * @return this builder
         */
        public Builder daemonAddress(InetSocketAddress daemonAddress) {
            this.daemonAddress = Objects.requireNonNull(daemonAddress, "daemonAddress");
            return this;
        }

        /**
         * @param lambda whether spans continuing a remote parent are subsegments of the segment
         *     Lambda created for the invocation, rather than segments of their own (for
         *     {@link XRayFormat#SEGMENT}; with {@link XRayFormat#OTLP}, X-Ray decides from the span)
         * @return this builder
         */
        public Builder lambda(boolean lambda) {
            this.lambda = lambda;
            return this;
        }

        /**
         * @param format the form in which spans are sent; {@link XRayFormat#OTLP} needs
         *     {@code io.opentelemetry:opentelemetry-exporter-otlp-common} on the class path
         * @return this builder
         */
        public Builder format(XRayFormat format) {
            this.format = Objects.requireNonNull(format, "format");
            return this;
        }

        /**
         * @param keys span attribute keys that become X-Ray annotations in every span, in addition to
         *     those a span names in its {@code aws.xray.annotations} attribute
         * @return this builder
         */
        public Builder annotationKeys(Collection<String> keys) {
            this.annotationKeys.addAll(keys);
            return this;
        }

        /**
         * @return the exporter, with its socket open
         * @throws IllegalStateException when the format needs a library that is not on the class path
         */
        public XRayUdpSpanExporter build() {
            if (!this.format.isAvailable(XRayUdpSpanExporter.class.getClassLoader())) {
                throw new IllegalStateException("The X-Ray format " + this.format + " needs "
                        + "io.opentelemetry:opentelemetry-exporter-otlp-common on the class path");
            }
            if (this.daemonAddress == null) {
                this.daemonAddress = XRayDaemonAddress.parse(XRayDaemonAddress.ENVIRONMENT_VARIABLE,
                        System.getenv(XRayDaemonAddress.ENVIRONMENT_VARIABLE));
            }
            return new XRayUdpSpanExporter(this);
        }

    }

}
