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

import io.opentelemetry.sdk.trace.data.SpanData;

/**
 * Writes one span as one datagram for the X-Ray endpoint: a header line, then the span in one of
 * the formats the endpoint accepts.
 */
interface SpanDatagramEncoder {

    /** The header line every datagram to the X-Ray daemon starts with, followed by a newline. */
    String HEADER_LINE = "{\"format\": \"json\", \"version\": 1}";

    /** Below the X-Ray daemon's 64 KiB receive buffer and the 65,507-byte IPv4 UDP payload limit. */
    int MAX_DATAGRAM_BYTES = 64_000;

    /**
     * Writes the datagram for a span.
     * @param span the span
     * @param buffer where to write it, emptied first; it holds the datagram unless the outcome is
     *     {@link Outcome#TOO_LARGE}
     * @return what was written
     */
    Outcome encode(SpanData span, DatagramBuffer buffer);

    /** What {@link #encode} wrote. */
    enum Outcome {

        /** The whole span. */
        COMPLETE,

        /** The span without some details, to fit. */
        TRUNCATED,

        /** Nothing: even the span without details does not fit in a datagram. */
        TOO_LARGE

    }

}
