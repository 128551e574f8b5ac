package dev.lift.autoconfigure.health;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.lift.health.RecentRate;
import dev.lift.tracing.XRayUdpSpanExporter;

/**
 * The state of the X-Ray trace exporter: where it sends, segments sent, dropped and truncated, and
 * the recent drops. Drops mean the daemon is missing or cannot keep up: traces are incomplete,
 * calls are unaffected.
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
        RecentRate.Counts recent = this.recentDrops.recent();
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("exporter", "xray-udp");
        state.put("daemonAddress", String.valueOf(this.exporter.daemonAddress()));
        state.put("sent", this.exporter.sentCount());
        state.put("dropped", this.exporter.droppedCount());
        state.put("truncated", this.exporter.truncatedCount());
        state.put("recentDropped", recent.part());
        state.put("recentDropRatio", recent.ratio());
        return state;
    }

}
