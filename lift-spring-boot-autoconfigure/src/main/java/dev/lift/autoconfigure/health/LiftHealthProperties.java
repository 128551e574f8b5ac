/*
 * Copyright 2026-present the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

package dev.lift.autoconfigure.health;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What Lift's health contributors share: how many per-instance entries their details list, whether
 * they may name tenants, the background dependency checks and the readiness contribution. Each
 * pattern's own contributor settings sit beside the pattern, under {@code lift.health.<pattern>}.
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

}
