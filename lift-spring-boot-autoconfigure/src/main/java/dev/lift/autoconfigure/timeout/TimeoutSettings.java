package dev.lift.autoconfigure.timeout;

import java.time.Duration;

/**
 * The timeout of one operation or tenant ({@code lift.timeout.operations.<name>.*},
 * {@code lift.timeout.tenants.<id>.*}). Unset values fall through to the layer below: the operation's
 * override, then {@code lift.timeout.default-timeout}, then the preset.
 */
public class TimeoutSettings {

    /**
     * Timeout of these calls; 0 for none of their own (the deadline cap still applies). Unset: from the
     * layer below.
     */
    private Duration timeout;

    static TimeoutSettings of(Duration timeout) {
        TimeoutSettings settings = new TimeoutSettings();
        settings.setTimeout(timeout);
        return settings;
    }

    public Duration getTimeout() {
        return this.timeout;
    }

    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }

}
