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

/**
 * The two forms in which the X-Ray endpoint on Lambda (and the X-Ray daemon's UDP port) accepts
 * spans.
 */
public enum XRayFormat {

    /**
     * X-Ray segment documents, written by Lift: what every X-Ray daemon version accepts, the
     * smallest datagrams and the least CPU per span.
     */
    SEGMENT,

    /**
     * OpenTelemetry spans (OTLP protobuf, base64) in the format of the AWS Distro for
     * OpenTelemetry's UDP span exporter, written by OpenTelemetry's own OTLP marshaler; X-Ray turns
     * them into segments. Needs {@code io.opentelemetry:opentelemetry-exporter-otlp-common}.
     */
    OTLP;

    /** OpenTelemetry's OTLP marshaler, which {@link #OTLP} writes spans with. */
    static final String OTLP_MARSHALER = "io.opentelemetry.exporter.internal.otlp.traces.TraceRequestMarshaler";

    /**
     * Whether what this format needs is on the class path.
     * @param classLoader the class loader to look in
     * @return {@code true} for {@link #SEGMENT}; for {@link #OTLP}, whether OpenTelemetry's OTLP
     *     marshaler is present
     */
    public boolean isAvailable(ClassLoader classLoader) {
        if (this == SEGMENT) {
            return true;
        }
        try {
            Class.forName(OTLP_MARSHALER, false, classLoader);
            return true;
        }
        catch (ClassNotFoundException | LinkageError ex) {
            return false;
        }
    }

}
