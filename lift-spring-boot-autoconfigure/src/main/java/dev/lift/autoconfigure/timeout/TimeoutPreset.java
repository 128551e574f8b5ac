package dev.lift.autoconfigure.timeout;

import java.time.Duration;

import dev.lift.autoconfigure.resilience.PatternPreset;

/**
 * Starting points for the default timeout, by how much work a call does, chosen with
 * {@code lift.timeout.preset}; explicit properties override them.
 */
public enum TimeoutPreset implements PatternPreset<TimeoutSettings> {

    /** 1s: lookups, validations, calls answered from a cache. */
    FAST(Duration.ofSeconds(1)),

    /** 10s: a few calls to databases or other services. */
    STANDARD(Duration.ofSeconds(10)),

    /** 60s: reports, batch steps, large files. */
    SLOW(Duration.ofSeconds(60)),

    /** No timeout of its own: only the invocation deadline minus the safety margin. */
    DEADLINE(Duration.ZERO);

    private final Duration defaultTimeout;

    TimeoutPreset(Duration defaultTimeout) {
        this.defaultTimeout = defaultTimeout;
    }

    /** @return the default timeout this preset sets, zero for none */
    public Duration defaultTimeout() {
        return this.defaultTimeout;
    }

    @Override
    public TimeoutSettings settings() {
        return new TimeoutSettings(this.defaultTimeout);
    }

}
