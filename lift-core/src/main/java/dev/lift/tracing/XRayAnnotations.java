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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonGenerator;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.AttributeType;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.trace.data.EventData;

/**
 * Which span attributes become X-Ray annotations (indexed, searchable) and which become metadata,
 * and how each is written.
 *
 * <p>An attribute is an annotation when it is configured as one or named by the span's
 * {@value #ANNOTATIONS_ATTRIBUTE} attribute (the convention the AWS Distro for OpenTelemetry
 * collector and X-Ray's own OpenTelemetry ingestion read). Annotation keys are reduced to letters,
 * digits and underscores because X-Ray silently drops annotations with other keys. Everything else,
 * and the span's events other than exceptions, is metadata.
 */
final class XRayAnnotations {

    /** The span attribute listing which attributes are annotations (a string array). */
    static final String ANNOTATIONS_ATTRIBUTE = "aws.xray.annotations";

    static final AttributeKey<List<String>> ANNOTATIONS_KEY = AttributeKey.stringArrayKey(ANNOTATIONS_ATTRIBUTE);

    private static final int MAX_ANNOTATIONS = 50;

    private static final int MAX_ANNOTATION_VALUE_LENGTH = 1000;

    /** The attributes the tracing filter makes annotations. */
    private static final List<String> LIFT_ANNOTATIONS = List.of(TracingFilter.OPERATION_TAG,
            TracingFilter.COLD_START_TAG, TracingFilter.TENANT_TAG);

    private final Set<String> annotationKeys;

    /** The annotation keys of every span made once, not for every span. */
    private final Map<String, String> sanitizedAnnotationKeys;

    /**
     * @param annotationKeys attribute keys that always become annotations
     */
    XRayAnnotations(Set<String> annotationKeys) {
        this.annotationKeys = Set.copyOf(annotationKeys);
        Map<String, String> sanitized = new HashMap<>();
        for (String key : this.annotationKeys) {
            sanitized.put(key, XRayText.annotationKey(key));
        }
        for (String key : LIFT_ANNOTATIONS) {
            sanitized.put(key, XRayText.annotationKey(key));
        }
        this.sanitizedAnnotationKeys = Map.copyOf(sanitized);
    }

    /** @return the attribute keys configured to become annotations in every span */
    Set<String> configuredKeys() {
        return this.annotationKeys;
    }

    /** Whether an attribute is an annotation: configured, or named by the span. */
    private boolean isAnnotation(String key, List<String> named) {
        return this.annotationKeys.contains(key) || (named != null && named.contains(key));
    }

    /**
     * Writes the {@code annotations} object, if the span has any.
     * @param json where to write
     * @param attributes the span's attributes
     * @param named the span's {@value #ANNOTATIONS_ATTRIBUTE}, or {@code null}
     * @throws IOException never in practice: documents are written to memory
     */
    void writeAnnotations(JsonGenerator json, Attributes attributes, List<String> named) throws IOException {
        int written = 0;
        for (Map.Entry<AttributeKey<?>, Object> entry : attributes.asMap().entrySet()) {
            AttributeKey<?> key = entry.getKey();
            if (!isAnnotation(key.getKey(), named) || !isScalar(key.getType())) {
                continue;
            }
            if (written == 0) {
                json.writeObjectFieldStart("annotations");
            }
            String sanitized = this.sanitizedAnnotationKeys.get(key.getKey());
            json.writeFieldName((sanitized != null) ? sanitized : XRayText.annotationKey(key.getKey()));
            writeScalar(json, key.getType(), entry.getValue());
            if (++written == MAX_ANNOTATIONS) {
                break;
            }
        }
        if (written > 0) {
            json.writeEndObject();
        }
    }

    /**
     * Writes the {@code metadata} object, if the span has any: attributes that are not annotations
     * under {@code default}, events other than exceptions under {@code otel}.
     * @param json where to write
     * @param attributes the span's attributes
     * @param named the span's {@value #ANNOTATIONS_ATTRIBUTE}, or {@code null}
     * @param events the span's events
     * @param chars scratch characters
     * @throws IOException never in practice: documents are written to memory
     */
    void writeMetadata(JsonGenerator json, Attributes attributes, List<String> named, List<EventData> events,
            char[] chars) throws IOException {
        boolean started = false;
        for (Map.Entry<AttributeKey<?>, Object> entry : attributes.asMap().entrySet()) {
            String key = entry.getKey().getKey();
            if (isAnnotation(key, named) || ANNOTATIONS_ATTRIBUTE.equals(key)) {
                continue;
            }
            if (!started) {
                json.writeObjectFieldStart("metadata");
                json.writeObjectFieldStart("default");
                started = true;
            }
            json.writeFieldName(key);
            writeValue(json, entry.getKey().getType(), entry.getValue());
        }
        if (started) {
            json.writeEndObject();
        }
        started = writeEvents(json, events, started, chars);
        if (started) {
            json.writeEndObject();
        }
    }

    private static boolean writeEvents(JsonGenerator json, List<EventData> events, boolean metadataStarted,
            char[] chars) throws IOException {
        boolean started = false;
        for (EventData event : events) {
            if (XRayExceptions.isException(event)) {
                continue;
            }
            if (!started) {
                if (!metadataStarted) {
                    json.writeObjectFieldStart("metadata");
                }
                json.writeObjectFieldStart("otel");
                json.writeArrayFieldStart("events");
                started = true;
            }
            json.writeStartObject();
            json.writeStringField("name", event.getName());
            json.writeFieldName("time");
            json.writeNumber(chars, 0, XRayNumbers.writeEpochSeconds(event.getEpochNanos(), chars));
            json.writeEndObject();
        }
        if (started) {
            json.writeEndArray();
            json.writeEndObject();
        }
        return metadataStarted || started;
    }

    private static boolean isScalar(AttributeType type) {
        return type == AttributeType.STRING || type == AttributeType.BOOLEAN || type == AttributeType.LONG
                || type == AttributeType.DOUBLE;
    }

    private static void writeScalar(JsonGenerator json, AttributeType type, Object value) throws IOException {
        switch (type) {
            case BOOLEAN -> json.writeBoolean((Boolean) value);
            case LONG -> json.writeNumber((Long) value);
            case DOUBLE -> json.writeNumber((Double) value);
            default -> json.writeString(XRayText.truncate(String.valueOf(value), MAX_ANNOTATION_VALUE_LENGTH));
        }
    }

    private static void writeValue(JsonGenerator json, AttributeType type, Object value) throws IOException {
        if (isScalar(type)) {
            writeScalar(json, type, value);
            return;
        }
        json.writeStartArray();
        for (Object element : (List<?>) value) {
            switch (type) {
                case BOOLEAN_ARRAY -> json.writeBoolean((Boolean) element);
                case LONG_ARRAY -> json.writeNumber((Long) element);
                case DOUBLE_ARRAY -> json.writeNumber((Double) element);
                default -> json.writeString(String.valueOf(element));
            }
        }
        json.writeEndArray();
    }

}
