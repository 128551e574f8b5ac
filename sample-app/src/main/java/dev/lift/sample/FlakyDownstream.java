package dev.lift.sample;

import java.util.concurrent.ThreadLocalRandom;

import org.springframework.stereotype.Component;

/**
 * Stands in for a remote service: answers after {@code sample.downstream.latency} and fails with
 * probability {@code sample.downstream.failure-rate}.
 */
@Component
class FlakyDownstream {

    private final DownstreamProperties properties;

    FlakyDownstream(DownstreamProperties properties) {
        this.properties = properties;
    }

    String call(String input) {
        waitForAnswer();
        if (ThreadLocalRandom.current().nextDouble() < this.properties.getFailureRate()) {
            throw new DownstreamException("The downstream service failed");
        }
        return "downstream:" + input;
    }

    /**
     * The service's own health ping: as slow as a call, but it fails only when the service is not
     * reachable at all, not at random.
     */
    void ping() {
        waitForAnswer();
        if (!this.properties.isReachable()) {
            throw new DownstreamException("The downstream service is not reachable");
        }
    }

    private void waitForAnswer() {
        try {
            Thread.sleep(this.properties.getLatency().toMillis());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new DownstreamException("Interrupted while waiting for the downstream service");
        }
    }

    /** The downstream service failed. */
    static class DownstreamException extends RuntimeException {

        DownstreamException(String message) {
            super(message);
        }

    }

}
