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

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Publishes what an {@link XRayUdpSpanExporter} did as Micrometer counters:
 * {@code lift.tracing.xray.segments} with {@code outcome=sent|dropped}, and
 * {@code lift.tracing.xray.segments.truncated}. A rising {@code dropped} count means the daemon is
 * not there (or cannot keep up): traces are incomplete, invocations are unaffected.
 */
public final class XRayExporterMetrics implements MeterBinder {

    private final XRayUdpSpanExporter exporter;

    /**
     * @param exporter the exporter to report on
     */
    public XRayExporterMetrics(XRayUdpSpanExporter exporter) {
        this.exporter = Objects.requireNonNull(exporter, "exporter");
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("lift.tracing.xray.segments", this.exporter, XRayUdpSpanExporter::sentCount)
            .tag("outcome", "sent")
            .description("Spans sent to the X-Ray daemon")
            .register(registry);
        FunctionCounter.builder("lift.tracing.xray.segments", this.exporter, XRayUdpSpanExporter::droppedCount)
            .tag("outcome", "dropped")
            .description("Spans that could not be sent to the X-Ray daemon")
            .register(registry);
        FunctionCounter
            .builder("lift.tracing.xray.segments.truncated", this.exporter, XRayUdpSpanExporter::truncatedCount)
            .description("Spans sent without metadata or annotations to fit in one datagram")
            .register(registry);
    }

}
