package dev.lift.sample;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the sample's stand-in downstream service behaves.
 */
@ConfigurationProperties("sample.downstream")
public class DownstreamProperties {

    /**
     * How long each call takes.
     */
    private Duration latency = Duration.ofMillis(50);

    /**
     * Probability, from 0 to 1, that a call fails.
     */
    private double failureRate = 0.2;

    public Duration getLatency() {
        return this.latency;
    }

    public void setLatency(Duration latency) {
        this.latency = latency;
    }

    public double getFailureRate() {
        return this.failureRate;
    }

    public void setFailureRate(double failureRate) {
        this.failureRate = failureRate;
    }

}
