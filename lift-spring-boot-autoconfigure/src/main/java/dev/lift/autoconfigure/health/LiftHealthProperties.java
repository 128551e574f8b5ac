package dev.lift.autoconfigure.health;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Lift's health contributors and background dependency checks: how often checks run, and which
 * health status each pattern's state maps to.
 */
@ConfigurationProperties("lift.health")
public class LiftHealthProperties {

    /**
     * Most per-instance entries (circuit breakers, bulkhead instances) listed in one contributor's
     * details; the rest are counted, not listed.
     */
    private int maxDetailEntries = 20;

    /**
     * Whether health details may name tenants (per-tenant instances). Off: per-tenant instances are
     * only counted. Health details are shown only as management.endpoint.health.show-details allows.
     */
    private boolean showTenants = false;

    /**
     * Background dependency checks (LiftHealthCheck beans).
     */
    private final Checks checks = new Checks();

    /**
     * Lift's contribution to the readiness group.
     */
    private final Readiness readiness = new Readiness();

    /**
     * The circuit breakers contributor (liftCircuitBreakers).
     */
    private final CircuitBreakers circuitBreakers = new CircuitBreakers();

    /**
     * The bulkheads contributor (liftBulkheads).
     */
    private final Bulkheads bulkheads = new Bulkheads();

    /**
     * The load shedding contributor (liftLoadShedding) and its readiness signal.
     */
    private final LoadShedding loadShedding = new LoadShedding();

    /**
     * The rate-limit store contributor (liftRateLimitStore) and its readiness signal.
     */
    private final RateLimitStore rateLimitStore = new RateLimitStore();

    /**
     * The trace exporter contributor (liftTracing).
     */
    private final Tracing tracing = new Tracing();

    public int getMaxDetailEntries() {
        return this.maxDetailEntries;
    }

    public void setMaxDetailEntries(int maxDetailEntries) {
        this.maxDetailEntries = maxDetailEntries;
    }

    public boolean isShowTenants() {
        return this.showTenants;
    }

    public void setShowTenants(boolean showTenants) {
        this.showTenants = showTenants;
    }

    public Checks getChecks() {
        return this.checks;
    }

    public Readiness getReadiness() {
        return this.readiness;
    }

    public CircuitBreakers getCircuitBreakers() {
        return this.circuitBreakers;
    }

    public Bulkheads getBulkheads() {
        return this.bulkheads;
    }

    public LoadShedding getLoadShedding() {
        return this.loadShedding;
    }

    public RateLimitStore getRateLimitStore() {
        return this.rateLimitStore;
    }

    public Tracing getTracing() {
        return this.tracing;
    }

    /**
     * Background dependency checks.
     */
    public static class Checks {

        /**
         * Time between the runs of each check.
         */
        private Duration interval = Duration.ofSeconds(30);

        /**
         * How long one run of a check may take; a run that takes longer is reported DOWN and
         * interrupted.
         */
        private Duration timeout = Duration.ofSeconds(5);

        /**
         * Failed runs in a row (down, thrown or timed out) that open a check's circuit breaker;
         * while it is open the dependency is not checked and is reported DOWN.
         */
        private int failureThreshold = 3;

        /**
         * How long a check's open circuit breaker waits before one trial run.
         */
        private Duration openWait = Duration.ofMinutes(1);

        /**
         * Health status reported for a check that is down, e.g. DOWN or OUT_OF_SERVICE; a custom
         * status needs its place in management.endpoint.health.status.order.
         */
        private String downStatus = "DOWN";

        public Duration getInterval() {
            return this.interval;
        }

        public void setInterval(Duration interval) {
            this.interval = interval;
        }

        public Duration getTimeout() {
            return this.timeout;
        }

        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }

        public int getFailureThreshold() {
            return this.failureThreshold;
        }

        public void setFailureThreshold(int failureThreshold) {
            this.failureThreshold = failureThreshold;
        }

        public Duration getOpenWait() {
            return this.openWait;
        }

        public void setOpenWait(Duration openWait) {
            this.openWait = openWait;
        }

        public String getDownStatus() {
            return this.downStatus;
        }

        public void setDownStatus(String downStatus) {
            this.downStatus = downStatus;
        }

    }

    /**
     * Lift's contribution to the readiness group.
     */
    public static class Readiness {

        /**
         * Whether Lift's state (hard load shedding, a fail-closed rate-limit store that is down) is
         * part of the readiness group, when Spring Boot's probes are enabled.
         */
        private boolean enabled = true;

        public boolean isEnabled() {
            return this.enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

    }

    /**
     * The circuit breakers contributor.
     */
    public static class CircuitBreakers {

        /**
         * Operations whose open circuit breaker sets the contributor's status to open-status; "*"
         * for every breaker. Empty: open circuits are shown in the details and the status stays UP.
         */
        private List<String> criticalOperations = new ArrayList<>();

        /**
         * Health status while a critical circuit breaker is open.
         */
        private String openStatus = "DOWN";

        public List<String> getCriticalOperations() {
            return this.criticalOperations;
        }

        public void setCriticalOperations(List<String> criticalOperations) {
            this.criticalOperations = criticalOperations;
        }

        public String getOpenStatus() {
            return this.openStatus;
        }

        public void setOpenStatus(String openStatus) {
            this.openStatus = openStatus;
        }

    }

    /**
     * The bulkheads contributor.
     */
    public static class Bulkheads {

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

    /**
     * The load shedding contributor and its readiness signal.
     */
    public static class LoadShedding {

        /**
         * Span of time the recent shed ratio covers (between one and two windows).
         */
        private Duration window = Duration.ofSeconds(10);

        /**
         * Fewest calls in the window for the shed ratio to count; below it, shedding never makes
         * the instance unready.
         */
        private int minCalls = 20;

        /**
         * Recent share of calls shed, from 0 to 1, at which load shedding is "hard": readiness goes
         * OUT_OF_SERVICE until it drops below.
         */
        private double hardShedRatio = 0.5;

        /**
         * Health status while calls are being shed at all.
         */
        private String sheddingStatus = "UP";

        public Duration getWindow() {
            return this.window;
        }

        public void setWindow(Duration window) {
            this.window = window;
        }

        public int getMinCalls() {
            return this.minCalls;
        }

        public void setMinCalls(int minCalls) {
            this.minCalls = minCalls;
        }

        public double getHardShedRatio() {
            return this.hardShedRatio;
        }

        public void setHardShedRatio(double hardShedRatio) {
            this.hardShedRatio = hardShedRatio;
        }

        public String getSheddingStatus() {
            return this.sheddingStatus;
        }

        public void setSheddingStatus(String sheddingStatus) {
            this.sheddingStatus = sheddingStatus;
        }

    }

    /**
     * The rate-limit store contributor and its readiness signal.
     */
    public static class RateLimitStore {

        /**
         * Health status while a fail-closed store is down (every call is refused); readiness is
         * then OUT_OF_SERVICE too.
         */
        private String downStatus = "DOWN";

        /**
         * Health status while a fail-open store is down (calls run without a limit).
         */
        private String failOpenDownStatus = "UP";

        public String getDownStatus() {
            return this.downStatus;
        }

        public void setDownStatus(String downStatus) {
            this.downStatus = downStatus;
        }

        public String getFailOpenDownStatus() {
            return this.failOpenDownStatus;
        }

        public void setFailOpenDownStatus(String failOpenDownStatus) {
            this.failOpenDownStatus = failOpenDownStatus;
        }

    }

    /**
     * The trace exporter contributor.
     */
    public static class Tracing {

        /**
         * Span of time the recent drop count covers (between one and two windows).
         */
        private Duration window = Duration.ofMinutes(1);

        /**
         * Health status while spans are being dropped (daemon unreachable): traces are incomplete,
         * calls are unaffected.
         */
        private String droppingStatus = "UP";

        public Duration getWindow() {
            return this.window;
        }

        public void setWindow(Duration window) {
            this.window = window;
        }

        public String getDroppingStatus() {
            return this.droppingStatus;
        }

        public void setDroppingStatus(String droppingStatus) {
            this.droppingStatus = droppingStatus;
        }

    }

}
