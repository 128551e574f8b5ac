package dev.lift.shedding;

import com.netflix.concurrency.limits.Limiter;

/**
 * The listener of a call no limiter tracks: admitted by {@link RandomLimiter}, which keeps no
 * accounting, or kept by the {@link SheddingRateCap} after the limiter refused it.
 */
enum UntrackedListener implements Limiter.Listener {

    INSTANCE;

    @Override
    public void onSuccess() {
    }

    @Override
    public void onIgnore() {
    }

    @Override
    public void onDropped() {
    }

}
