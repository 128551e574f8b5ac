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
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;

/**
 * Turns one OpenTelemetry span into one X-Ray daemon datagram: the header line, a newline, and a
 * segment or subsegment document.
 *
 * <p>A span becomes a subsegment when its parent is a local span, or, on Lambda, when its parent
 * is the remote segment Lambda created for the invocation; otherwise it is a segment named after
 * the service. The parts of the document are written by {@link XRayHttpFields} (the {@code http}
 * object and the error flags), {@link XRayExceptions} (the {@code cause}) and
 * {@link XRayAnnotations} (annotations and metadata), the numbers by {@link XRayNumbers}.
 *
 * <p>A document that would exceed {@link #MAX_DATAGRAM_BYTES} is written again without metadata and
 * exception details, then without annotations and URL, so the ids, times and flags always arrive.
 */
final class XRaySegmentEncoder implements SpanDatagramEncoder {

    static final byte[] HEADER = (HEADER_LINE + "\n").getBytes(StandardCharsets.UTF_8);

    private static final AttributeKey<String> SERVICE_NAME = AttributeKey.stringKey("service.name");

    /** Documents written one after the other by one generator have nothing between them. */
    private static final JsonFactory JSON = new JsonFactoryBuilder().rootValueSeparator((String) null).build();

    private enum Detail {

        FULL, WITHOUT_METADATA, MINIMAL

    }

    private static final Detail[] DETAILS = Detail.values();

    private final boolean lambda;

    private final XRayAnnotations annotations;

    /**
     * @param lambda whether spans under a remote parent are subsegments of Lambda's segment
     * @param annotationKeys attribute keys that always become annotations
     */
    XRaySegmentEncoder(boolean lambda, Set<String> annotationKeys) {
        this.lambda = lambda;
        this.annotations = new XRayAnnotations(annotationKeys);
    }

    @Override
    public Outcome encode(SpanData span, DatagramBuffer buffer) {
        for (Detail detail : DETAILS) {
            write(span, detail, buffer);
            if (buffer.size() <= MAX_DATAGRAM_BYTES) {
                return (detail != Detail.FULL) ? Outcome.TRUNCATED : Outcome.COMPLETE;
            }
        }
        return Outcome.TOO_LARGE;
    }

    private void write(SpanData span, Detail detail, DatagramBuffer buffer) {
        buffer.reset();
        buffer.writeBytes(HEADER);
        try {
            JsonGenerator json = buffer.generator(JSON);
            writeDocument(json, span, detail, buffer.chars());
            json.flush();
        }
        catch (IOException ex) {
            // Writing to memory cannot fail.
            buffer.discardGenerator();
            throw new UncheckedIOException(ex);
        }
        catch (RuntimeException ex) {
            // A document left half-written would corrupt the next one.
            buffer.discardGenerator();
            throw ex;
        }
    }

    private void writeDocument(JsonGenerator json, SpanData span, Detail detail, char[] chars) throws IOException {
        SpanContext parent = span.getParentSpanContext();
        boolean subsegment = parent.isValid() && (!parent.isRemote() || this.lambda);
        json.writeStartObject();
        json.writeStringField("name", XRayText.name(subsegment ? span.getName() : serviceName(span)));
        json.writeStringField("id", span.getSpanId());
        json.writeFieldName("trace_id");
        json.writeString(chars, 0, XRayNumbers.writeXRayTraceId(span.getTraceId(), chars));
        if (parent.isValid()) {
            json.writeStringField("parent_id", parent.getSpanId());
        }
        if (subsegment) {
            json.writeStringField("type", "subsegment");
            if (span.getKind() == SpanKind.CLIENT || span.getKind() == SpanKind.PRODUCER) {
                json.writeStringField("namespace", "remote");
            }
        }
        json.writeFieldName("start_time");
        json.writeNumber(chars, 0, XRayNumbers.writeEpochSeconds(span.getStartEpochNanos(), chars));
        json.writeFieldName("end_time");
        json.writeNumber(chars, 0, XRayNumbers.writeEpochSeconds(span.getEndEpochNanos(), chars));
        Attributes attributes = span.getAttributes();
        Long status = XRayHttpFields.status(attributes);
        XRayHttpFields.writeFlags(json, span, status);
        if (detail == Detail.FULL) {
            XRayExceptions.writeCause(json, span.getEvents(), chars);
        }
        XRayHttpFields.writeHttp(json, attributes, status, detail != Detail.MINIMAL);
        List<String> named = attributes.get(XRayAnnotations.ANNOTATIONS_KEY);
        if (detail != Detail.MINIMAL) {
            this.annotations.writeAnnotations(json, attributes, named);
        }
        if (detail == Detail.FULL) {
            this.annotations.writeMetadata(json, attributes, named, span.getEvents(), chars);
        }
        json.writeEndObject();
    }

    private static String serviceName(SpanData span) {
        String service = span.getResource().getAttribute(SERVICE_NAME);
        return (service != null) ? service : span.getName();
    }

}
