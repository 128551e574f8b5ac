package dev.lift.timeout;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

import dev.lift.context.LiftContext;

/**
 * The configured calculator: a timeout per operation, else a default.
 */
public final class OperationTimeoutCalculator implements LiftTimeoutCalculator {

    private final Duration defaultTimeout;

    private final Map<String, Duration> operationTimeouts;

    /**
     * @param defaultTimeout the timeout of operations without their own, zero for none
     * @param operationTimeouts timeouts by operation name, zero for none
     */
    public OperationTimeoutCalculator(Duration defaultTimeout, Map<String, Duration> operationTimeouts) {
        this.defaultTimeout = Objects.requireNonNull(defaultTimeout, "defaultTimeout");
        this.operationTimeouts = Map.copyOf(operationTimeouts);
    }

    @Override
    public Duration timeout(LiftContext context) {
        return this.operationTimeouts.getOrDefault(context.operation(), this.defaultTimeout);
    }

}
