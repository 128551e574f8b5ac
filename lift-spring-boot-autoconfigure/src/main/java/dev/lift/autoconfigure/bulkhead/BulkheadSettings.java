package dev.lift.autoconfigure.bulkhead;

import java.time.Duration;

/**
 * The bulkhead settings of one operation or tenant ({@code lift.bulkhead.operations.<name>.*},
 * {@code lift.bulkhead.tenants.<id>.*}). Unset values fall through to the layer below.
 */
public class BulkheadSettings {

    /**
     * Permits of this operation's or tenant's own pool, from 1 up to the global limit. Unset:
     * operation-max-concurrent or tenant-max-concurrent.
     */
    private Integer maxConcurrent;

    /**
     * How long these calls may wait for their permits; a tenant's wait wins over its operation's.
     * Unset: from the layer below (the operation's, then max-wait, then the preset).
     */
    private Duration maxWait;

    static BulkheadSettings of(Integer maxConcurrent, Duration maxWait) {
        BulkheadSettings settings = new BulkheadSettings();
        settings.setMaxConcurrent(maxConcurrent);
        settings.setMaxWait(maxWait);
        return settings;
    }

    public Integer getMaxConcurrent() {
        return this.maxConcurrent;
    }

    public void setMaxConcurrent(Integer maxConcurrent) {
        this.maxConcurrent = maxConcurrent;
    }

    public Duration getMaxWait() {
        return this.maxWait;
    }

    public void setMaxWait(Duration maxWait) {
        this.maxWait = maxWait;
    }

}
