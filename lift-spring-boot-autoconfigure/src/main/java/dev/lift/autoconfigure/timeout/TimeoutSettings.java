package dev.lift.autoconfigure.timeout;

import java.time.Duration;

/**
 * The timeout of one operation or tenant ({@code lift.timeout.operations.<name>.*},
 * {@code lift.timeout.tenants.<id>.*}). Unset ({@code null}), it falls through to the layer below: the
 * operation's override, then {@code lift.timeout.default-timeout}, then the preset.
 *
 * @param timeout timeout of these calls; 0 for none of their own (the deadline cap still applies)
 */
public record TimeoutSettings(Duration timeout) {
}
