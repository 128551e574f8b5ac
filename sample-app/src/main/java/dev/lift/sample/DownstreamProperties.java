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

    /**
     * Whether the service answers its health ping; false shows a dependency check going DOWN.
     */
    private boolean reachable = true;

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

    public boolean isReachable() {
        return this.reachable;
    }

    public void setReachable(boolean reachable) {
        this.reachable = reachable;
    }

}
