package dev.lift.autoconfigure.bulkhead;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code liftBulkheads} health contributor.
 */
@ConfigurationProperties("lift.health.bulkheads")
public class LiftBulkheadHealthProperties {

    /**
     * Share of a global or per-operation pool's permits in use, from 0 to 1, at which the pool
     * counts as saturated. Per-tenant pools are shown but never change the status: one busy
     * tenant is what they are for.
     */
    private double saturationThreshold = 1.0;

    /**
     * Health status while a global or per-operation pool is saturated.
     */
    private String saturatedStatus = "UP";

    public double getSaturationThreshold() {
        return this.saturationThreshold;
    }

    public void setSaturationThreshold(double saturationThreshold) {
        this.saturationThreshold = saturationThreshold;
    }

    public String getSaturatedStatus() {
        return this.saturatedStatus;
    }

    public void setSaturatedStatus(String saturatedStatus) {
        this.saturatedStatus = saturatedStatus;
    }

}
