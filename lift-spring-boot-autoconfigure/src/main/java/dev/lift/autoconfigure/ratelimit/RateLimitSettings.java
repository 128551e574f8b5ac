package dev.lift.autoconfigure.ratelimit;

import java.time.Duration;

/**
 * The limit of one tenant or operation ({@code lift.rate-limit.tenants.<id>.*},
 * {@code lift.rate-limit.operations.<name>.*}). Unset values fall through to the layer below: the
 * operation's override, then the top level.
 */
public class RateLimitSettings {

    /**
     * Calls allowed per period. Unset: from the layer below.
     */
    private Long limitForPeriod;

    /**
     * Length of a period. Unset: from the layer below.
     */
    private Duration period;

    static RateLimitSettings of(long limitForPeriod, Duration period) {
        RateLimitSettings settings = new RateLimitSettings();
        settings.setLimitForPeriod(limitForPeriod);
        settings.setPeriod(period);
        return settings;
    }

    public Long getLimitForPeriod() {
        return this.limitForPeriod;
    }

    public void setLimitForPeriod(Long limitForPeriod) {
        this.limitForPeriod = limitForPeriod;
    }

    public Duration getPeriod() {
        return this.period;
    }

    public void setPeriod(Duration period) {
        this.period = period;
    }

}
