package dev.lift.autoconfigure.health;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dev.lift.health.RecentRate;
import dev.lift.shedding.LoadSheddingFilter;

/**
 * The state of load shedding: the current concurrency limit, calls in flight, calls admitted and
 * shed, and the recent shed ratio. Shedding is "hard" when at least {@code hardShedRatio} of at least
 * {@code minCalls} recent calls were shed: the instance is then not ready for more traffic.
 */
final class LoadSheddingState implements LiftPatternState, ReadinessSignal {

    private final LoadSheddingFilter filter;

    private final RecentRate recent;

    private final int minCalls;

    private final double hardShedRatio;

    LoadSheddingState(LoadSheddingFilter filter, Duration window, int minCalls, double hardShedRatio) {
        this.filter = filter;
        this.recent = new RecentRate(filter::shedCalls, () -> filter.shedCalls() + filter.admittedCalls(), window,
                System::nanoTime);
        this.minCalls = minCalls;
        this.hardShedRatio = hardShedRatio;
    }

    @Override
    public String pattern() {
        return this.filter.name();
    }

    @Override
    public String name() {
        return "loadShedding";
    }

    @Override
    public Map<String, Object> describe(boolean showTenants) {
        RecentRate.Counts recent = this.recent.recent();
        Map<String, Object> state = new LinkedHashMap<>();
        int limit = this.filter.limit();
        if (limit >= 0) {
            state.put("limit", limit);
        }
        state.put("inFlight", this.filter.inFlight());
        state.put("admittedCalls", this.filter.admittedCalls());
        state.put("shedCalls", this.filter.shedCalls());
        state.put("recentCalls", recent.total());
        state.put("recentShedRatio", recent.ratio());
        state.put("shedding", recent.part() > 0);
        state.put("sheddingHard", hard(recent));
        return state;
    }

    @Override
    public String notReadyReason() {
        RecentRate.Counts recent = this.recent.recent();
        return hard(recent) ? String.format(Locale.ROOT, "shedding %.0f%% of %d recent calls",
                recent.ratio() * 100, recent.total()) : null;
    }

    private boolean hard(RecentRate.Counts recent) {
        return recent.total() >= this.minCalls && recent.ratio() >= this.hardShedRatio;
    }

}
