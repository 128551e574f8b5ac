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
        try {
            Thread.sleep(this.properties.getLatency().toMillis());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new DownstreamException("Interrupted while waiting for the downstream service");
        }
        if (ThreadLocalRandom.current().nextDouble() < this.properties.getFailureRate()) {
            throw new DownstreamException("The downstream service failed");
        }
        return "downstream:" + input;
    }

    /** The downstream service failed. */
    static class DownstreamException extends RuntimeException {

        DownstreamException(String message) {
            super(message);
        }

    }

}
