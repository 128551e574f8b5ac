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

package dev.lift.autoconfigure.tracing;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dev.lift.autoconfigure.health.LiftPatternState;
import dev.lift.health.RecentRate;
import dev.lift.tracing.XRayUdpSpanExporter;

/**
 * The state of the X-Ray trace exporter: where it sends and in which format, spans sent, dropped
 * and truncated, and the recent drops. Drops mean the daemon is missing or cannot keep up: traces
 * are incomplete, calls are unaffected.
 */
final class TraceExporterState implements LiftPatternState {

    private final XRayUdpSpanExporter exporter;

    private final RecentRate recentDrops;

    TraceExporterState(XRayUdpSpanExporter exporter, Duration window) {
        this.exporter = exporter;
        this.recentDrops = new RecentRate(exporter::droppedCount, () -> exporter.droppedCount() + exporter.sentCount(),
                window, System::nanoTime);
    }

    @Override
    public String pattern() {
        return "tracing";
    }

    @Override
    public Map<String, Object> describe(boolean showTenants) {
        return now().toMap();
    }

    /** @return the state now */
    Snapshot now() {
        RecentRate.Counts recent = this.recentDrops.recent();
        return new Snapshot(String.valueOf(this.exporter.daemonAddress()),
                this.exporter.format().name().toLowerCase(Locale.ROOT), this.exporter.sentCount(),
                this.exporter.droppedCount(), this.exporter.truncatedCount(), recent.part(), recent.ratio());
    }

    /**
     * The exporter at one moment.
     *
     * @param daemonAddress where it sends
     * @param format what each datagram holds ({@code lift.tracing.xray.format})
     * @param sent segments sent so far
     * @param dropped segments dropped so far
     * @param truncated segments sent truncated so far
     * @param recentDropped segments dropped in the recent window
     * @param recentDropRatio the part of the recent segments that was dropped
     */
    record Snapshot(String daemonAddress, String format, long sent, long dropped, long truncated, long recentDropped,
            double recentDropRatio) {

        Map<String, Object> toMap() {
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("exporter", "xray-udp");
            state.put("daemonAddress", this.daemonAddress);
            state.put("format", this.format);
            state.put("sent", this.sent);
            state.put("dropped", this.dropped);
            state.put("truncated", this.truncated);
            state.put("recentDropped", this.recentDropped);
            state.put("recentDropRatio", this.recentDropRatio);
            return state;
        }

    }

}
