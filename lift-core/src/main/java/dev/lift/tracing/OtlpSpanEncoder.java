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

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.exporter.internal.marshal.Marshaler;
import io.opentelemetry.exporter.internal.otlp.traces.TraceRequestMarshaler;
import io.opentelemetry.sdk.trace.data.DelegatingSpanData;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.data.SpanData;

/**
 * Turns one OpenTelemetry span into one datagram in the form the X-Ray endpoint on Lambda accepts
 * OpenTelemetry spans, as the AWS Distro for OpenTelemetry's UDP span exporter sends them: the
 * header line, a newline, {@value #SAMPLED_PREFIX} (a sampled span), then the base64 of a protobuf
 * {@code ExportTraceServiceRequest} holding the span. X-Ray makes the segment from the span itself.
 *
 * <p>The protobuf is written by OpenTelemetry's own OTLP marshaler (opentelemetry-exporter-otlp-common,
 * an internal package of OpenTelemetry Java that the AWS Distro uses the same way). Its size is
 * known before anything is written, so a span too large for a datagram is marshalled again with
 * only its annotation attributes and no events or links, then with no attributes at all; the
 * counts of what was left out travel in the span's {@code dropped_*_count} fields.
 *
 * <p>X-Ray indexes as annotations the attributes listed in the span's
 * {@value XRayAnnotations#ANNOTATIONS_ATTRIBUTE} attribute (the tracing filter lists Lift's); the
 * configured annotation keys that a span has are added to that list.
 */
final class OtlpSpanEncoder implements SpanDatagramEncoder {

    /** What comes before the base64 of sampled spans ({@code T1U} is for unsampled ones). */
    static final String SAMPLED_PREFIX = "T1S";

    static final byte[] PREFIX = (HEADER_LINE + "\n" + SAMPLED_PREFIX).getBytes(StandardCharsets.UTF_8);

    private static final Base64.Encoder BASE64 = Base64.getEncoder();

    private final Set<String> annotationKeys;

    /**
     * @param annotationKeys attribute keys that always become annotations
     */
    OtlpSpanEncoder(Set<String> annotationKeys) {
        this.annotationKeys = Set.copyOf(annotationKeys);
    }

    @Override
    public Outcome encode(SpanData span, DatagramBuffer buffer) {
        SpanData annotated = withConfiguredAnnotations(span);
        Marshaler request = TraceRequestMarshaler.create(List.of(annotated));
        if (fits(request)) {
            write(request, buffer);
            return Outcome.COMPLETE;
        }
        Attributes attributes = annotated.getAttributes();
        for (Attributes kept : List.of(annotationsOnly(attributes), Attributes.empty())) {
            request = TraceRequestMarshaler.create(List.of(new TrimmedSpanData(annotated, kept)));
            if (fits(request)) {
                write(request, buffer);
                return Outcome.TRUNCATED;
            }
        }
        buffer.reset();
        return Outcome.TOO_LARGE;
    }

    private static boolean fits(Marshaler request) {
        long base64Length = 4L * ((request.getBinarySerializedSize() + 2) / 3);
        return PREFIX.length + base64Length <= MAX_DATAGRAM_BYTES;
    }

    private static void write(Marshaler request, DatagramBuffer buffer) {
        buffer.reset();
        buffer.writeBytes(PREFIX);
        // Closing the encoding stream writes the last bytes and padding; closing the buffer does nothing.
        try (OutputStream base64 = BASE64.wrap(buffer)) {
            request.writeBinaryTo(base64);
        }
        catch (IOException ex) {
            // Writing to memory cannot fail.
            throw new UncheckedIOException(ex);
        }
    }

    /** The span, with the configured annotation keys it has added to its annotation list. */
    private SpanData withConfiguredAnnotations(SpanData span) {
        if (this.annotationKeys.isEmpty()) {
            return span;
        }
        Attributes attributes = span.getAttributes();
        List<String> named = attributes.get(XRayAnnotations.ANNOTATIONS_KEY);
        List<String> annotations = (named != null) ? new ArrayList<>(named) : new ArrayList<>();
        attributes.forEach((key, value) -> {
            if (this.annotationKeys.contains(key.getKey()) && !annotations.contains(key.getKey())) {
                annotations.add(key.getKey());
            }
        });
        if (annotations.size() == ((named != null) ? named.size() : 0)) {
            return span;
        }
        Attributes withList = attributes.toBuilder().put(XRayAnnotations.ANNOTATIONS_KEY, annotations).build();
        int added = withList.size() - attributes.size();
        return new TrimmedSpanData(span, withList, span.getEvents(), span.getLinks(),
                span.getTotalAttributeCount() + added);
    }

    /** The annotation list and the attributes it names. */
    @SuppressWarnings("unchecked")
    private static Attributes annotationsOnly(Attributes attributes) {
        List<String> named = attributes.get(XRayAnnotations.ANNOTATIONS_KEY);
        AttributesBuilder kept = Attributes.builder();
        attributes.forEach((key, value) -> {
            if (named != null && (named.contains(key.getKey()) || key.equals(XRayAnnotations.ANNOTATIONS_KEY))) {
                kept.put((AttributeKey<Object>) key, value);
            }
        });
        return kept.build();
    }

    /**
     * A span with other attributes, events and links; its recorded totals stay those of the span
     * (plus an added annotation list), so that what is left out is counted as dropped.
     */
    private static final class TrimmedSpanData extends DelegatingSpanData {

        private final Attributes attributes;

        private final List<EventData> events;

        private final List<LinkData> links;

        private final int totalAttributeCount;

        TrimmedSpanData(SpanData span, Attributes attributes) {
            this(span, attributes, List.of(), List.of(), span.getTotalAttributeCount());
        }

        TrimmedSpanData(SpanData span, Attributes attributes, List<EventData> events, List<LinkData> links,
                int totalAttributeCount) {
            super(span);
            this.attributes = attributes;
            this.events = events;
            this.links = links;
            this.totalAttributeCount = totalAttributeCount;
        }

        @Override
        public int getTotalAttributeCount() {
            return this.totalAttributeCount;
        }

        @Override
        public Attributes getAttributes() {
            return this.attributes;
        }

        @Override
        public List<EventData> getEvents() {
            return this.events;
        }

        @Override
        public List<LinkData> getLinks() {
            return this.links;
        }

    }

}
