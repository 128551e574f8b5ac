package dev.lift.autoconfigure.logging;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Structured logs, debug sampling and the invocation summary line.
 */
@ConfigurationProperties("lift.logging")
public class LiftLoggingProperties {

    /**
     * Whether Lift's per-invocation logging (debug sampling, invocation summary) is on.
     */
    private boolean enabled = true;

    /**
     * Whether console logs use Lift's JSON format by default. Unset: on Lambda only. A
     * 'logging.structured.format.console' of the application's own always wins.
     */
    private Boolean structured;

    /**
     * Share of invocations, from 0 to 1, whose DEBUG lines are logged whatever the configured level.
     */
    private double sampleRate = 0;

    /**
     * Whether to log one line per invocation with its duration, outcome and the pattern that
     * rejected it, if any.
     */
    private boolean invocationSummary = false;

    public boolean isEnabled() {
        return this.enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Boolean getStructured() {
        return this.structured;
    }

    public void setStructured(Boolean structured) {
        this.structured = structured;
    }

    public double getSampleRate() {
        return this.sampleRate;
    }

    public void setSampleRate(double sampleRate) {
        this.sampleRate = sampleRate;
    }

    public boolean isInvocationSummary() {
        return this.invocationSummary;
    }

    public void setInvocationSummary(boolean invocationSummary) {
        this.invocationSummary = invocationSummary;
    }

}
