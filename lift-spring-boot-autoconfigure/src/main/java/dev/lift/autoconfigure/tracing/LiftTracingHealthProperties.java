package dev.lift.autoconfigure.tracing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code liftTracing} health contributor (the trace exporter).
 */
@ConfigurationProperties("lift.health.tracing")
public class LiftTracingHealthProperties {

    /**
     * Span of time the recent drop count covers (between one and two windows).
     */
    private Duration window = Duration.ofMinutes(1);

    /**
     * Health status while spans are being dropped (daemon unreachable): traces are incomplete,
     * calls are unaffected.
     */
    private String droppingStatus = "UP";

    public Duration getWindow() {
        return this.window;
    }

    public void setWindow(Duration window) {
        this.window = window;
    }

    public String getDroppingStatus() {
        return this.droppingStatus;
    }

    public void setDroppingStatus(String droppingStatus) {
        this.droppingStatus = droppingStatus;
    }

}
