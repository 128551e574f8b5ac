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
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.trace.data.EventData;

/**
 * A span's {@code exception} events written as the segment's {@code cause}, which the X-Ray console
 * shows on the segment's Exceptions tab.
 */
final class XRayExceptions {

    private static final String EXCEPTION_EVENT = "exception";

    private static final AttributeKey<String> EXCEPTION_TYPE = AttributeKey.stringKey("exception.type");

    private static final AttributeKey<String> EXCEPTION_MESSAGE = AttributeKey.stringKey("exception.message");

    private static final int MAX_MESSAGE_LENGTH = 1000;

    private XRayExceptions() {
    }

    /** Whether an event records an exception (OpenTelemetry's {@code recordException}). */
    static boolean isException(EventData event) {
        return EXCEPTION_EVENT.equals(event.getName());
    }

    /**
     * Writes the {@code cause} object, if the span recorded exceptions.
     * @param json where to write
     * @param events the span's events
     * @param chars scratch characters
     * @throws IOException never in practice: documents are written to memory
     */
    static void writeCause(JsonGenerator json, List<EventData> events, char[] chars) throws IOException {
        boolean started = false;
        for (EventData event : events) {
            if (!isException(event)) {
                continue;
            }
            if (!started) {
                json.writeObjectFieldStart("cause");
                json.writeArrayFieldStart("exceptions");
                started = true;
            }
            json.writeStartObject();
            // Exception ids only need to be unique within the document.
            json.writeFieldName("id");
            json.writeString(chars, 0, XRayNumbers.writeHex(event.getEpochNanos(), chars));
            String type = event.getAttributes().get(EXCEPTION_TYPE);
            if (type != null) {
                json.writeStringField("type", type);
            }
            String message = event.getAttributes().get(EXCEPTION_MESSAGE);
            if (message != null) {
                json.writeStringField("message", XRayText.truncate(message, MAX_MESSAGE_LENGTH));
            }
            json.writeEndObject();
        }
        if (started) {
            json.writeEndArray();
            json.writeEndObject();
        }
    }

}
