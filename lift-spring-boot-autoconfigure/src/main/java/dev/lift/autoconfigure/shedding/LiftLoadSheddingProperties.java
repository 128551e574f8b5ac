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

package dev.lift.autoconfigure.shedding;

// Over 300 lines on purpose: every lift.load-shedding.* key lives in this one class, as Spring Boot keeps a
// feature's properties together; most of it is the documented getters and setters of three algorithms.

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Load shedding: which calls to refuse (503) when the function is overloaded, so that the calls it
 * admits keep a bounded latency.
 */
@ConfigurationProperties("lift.load-shedding")
public class LiftLoadSheddingProperties {

    /**
     * Whether load shedding is on.
     */
    private boolean enabled = false;

    /**
     * How calls are chosen for shedding: "adaptive" (a concurrency limit learnt from latency),
     * "priority" (the adaptive limit, shared out by call priority so the lowest bands are shed first)
     * or "random" (a fixed probability).
     */
    private Strategy strategy = Strategy.ADAPTIVE;

    /**
     * The algorithm of the adaptive limit, for the "adaptive" and "priority" strategies: "vegas"
     * (keeps queueing near the latency of an idle function), "gradient2" (reacts to latency rising
     * above its long-term average) or "aimd" (cuts the limit when calls exceed a latency timeout).
     */
    private Algorithm algorithm = Algorithm.VEGAS;

    /**
     * Concurrency limit before the algorithm has learnt anything.
     */
    private int initialLimit = 20;

    /**
     * Lowest concurrency limit the algorithm may choose (gradient2, aimd).
     */
    private int minLimit = 1;

    /**
     * Highest concurrency limit the algorithm may choose.
     */
    private int maxLimit = 1000;

    /**
     * Largest fraction of calls shed in one window, from 0 to 1; beyond it, calls run even if the
     * strategy would shed them. 1 means no cap.
     */
    private double maxSheddingRate = 1.0;

    /**
     * Window over which max-shedding-rate is counted.
     */
    private Duration sheddingRateWindow = Duration.ofSeconds(1);

    /**
     * Retry-After told to shed callers.
     */
    private Duration retryAfter = Duration.ofSeconds(1);

    private final Gradient2 gradient2 = new Gradient2();

    private final Vegas vegas = new Vegas();

    private final Aimd aimd = new Aimd();

    private final Random random = new Random();

    private final Priority priority = new Priority();

    public boolean isEnabled() {
        return this.enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Strategy getStrategy() {
        return this.strategy;
    }

    public void setStrategy(Strategy strategy) {
        this.strategy = strategy;
    }

    public Algorithm getAlgorithm() {
        return this.algorithm;
    }

    public void setAlgorithm(Algorithm algorithm) {
        this.algorithm = algorithm;
    }

    public int getInitialLimit() {
        return this.initialLimit;
    }

    public void setInitialLimit(int initialLimit) {
        this.initialLimit = initialLimit;
    }

    public int getMinLimit() {
        return this.minLimit;
    }

    public void setMinLimit(int minLimit) {
        this.minLimit = minLimit;
    }

    public int getMaxLimit() {
        return this.maxLimit;
    }

    public void setMaxLimit(int maxLimit) {
        this.maxLimit = maxLimit;
    }

    public double getMaxSheddingRate() {
        return this.maxSheddingRate;
    }

    public void setMaxSheddingRate(double maxSheddingRate) {
        this.maxSheddingRate = maxSheddingRate;
    }

    public Duration getSheddingRateWindow() {
        return this.sheddingRateWindow;
    }

    public void setSheddingRateWindow(Duration sheddingRateWindow) {
        this.sheddingRateWindow = sheddingRateWindow;
    }

    public Duration getRetryAfter() {
        return this.retryAfter;
    }

    public void setRetryAfter(Duration retryAfter) {
        this.retryAfter = retryAfter;
    }

    public Gradient2 getGradient2() {
        return this.gradient2;
    }

    public Vegas getVegas() {
        return this.vegas;
    }

    public Aimd getAimd() {
        return this.aimd;
    }

    public Random getRandom() {
        return this.random;
    }

    public Priority getPriority() {
        return this.priority;
    }

    /** How calls are chosen for shedding. */
    public enum Strategy {

        /** A concurrency limit learnt from latency. */
        ADAPTIVE,

        /** The adaptive limit shared out by priority band. */
        PRIORITY,

        /** A fixed probability. */
        RANDOM

    }

    /** The algorithm of the adaptive limit (Netflix concurrency-limits). */
    public enum Algorithm {

        /** TCP Vegas: keeps the estimated queue between alpha and beta. */
        VEGAS,

        /** Gradient of short-term to long-term latency. */
        GRADIENT2,

        /** Additive increase, multiplicative decrease on timeouts. */
        AIMD

    }

    /** Tuning of the gradient2 algorithm. */
    public static class Gradient2 {

        /**
         * How much the short-term latency may exceed the long-term average before the limit is cut
         * (1.5 = 50% more).
         */
        private double rttTolerance = 1.5;

        /**
         * Weight of each new limit in the smoothed limit, from 0 to 1.
         */
        private double smoothing = 0.2;

        /**
         * Calls allowed to queue above the estimated limit, so the limit can grow.
         */
        private int queueSize = 4;

        /**
         * Samples in the long-term latency average; longer resists drifting up under sustained
         * overload.
         */
        private int longWindow = 600;

        public double getRttTolerance() {
            return this.rttTolerance;
        }

        public void setRttTolerance(double rttTolerance) {
            this.rttTolerance = rttTolerance;
        }

        public double getSmoothing() {
            return this.smoothing;
        }

        public void setSmoothing(double smoothing) {
            this.smoothing = smoothing;
        }

        public int getQueueSize() {
            return this.queueSize;
        }

        public void setQueueSize(int queueSize) {
            this.queueSize = queueSize;
        }

        public int getLongWindow() {
            return this.longWindow;
        }

        public void setLongWindow(int longWindow) {
            this.longWindow = longWindow;
        }

    }

    /** Tuning of the vegas algorithm. */
    public static class Vegas {

        /**
         * Weight of each new limit in the smoothed limit, from 0 to 1.
         */
        private double smoothing = 1.0;

        /**
         * How often the no-load latency is re-measured, in multiples of the limit (samples).
         */
        private int probeMultiplier = 30;

        public double getSmoothing() {
            return this.smoothing;
        }

        public void setSmoothing(double smoothing) {
            this.smoothing = smoothing;
        }

        public int getProbeMultiplier() {
            return this.probeMultiplier;
        }

        public void setProbeMultiplier(int probeMultiplier) {
            this.probeMultiplier = probeMultiplier;
        }

    }

    /** Tuning of the aimd algorithm. */
    public static class Aimd {

        /**
         * Factor the limit is multiplied by when a call is dropped or too slow, from 0.5 to 1.
         */
        private double backoffRatio = 0.9;

        /**
         * Latency above which a call counts as dropped.
         */
        private Duration timeout = Duration.ofSeconds(5);

        public double getBackoffRatio() {
            return this.backoffRatio;
        }

        public void setBackoffRatio(double backoffRatio) {
            this.backoffRatio = backoffRatio;
        }

        public Duration getTimeout() {
            return this.timeout;
        }

        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }

    }

    /** Settings of the random strategy. */
    public static class Random {

        /**
         * Probability of shedding each call, from 0 to 1.
         */
        private double probability = 0.1;

        public double getProbability() {
            return this.probability;
        }

        public void setProbability(double probability) {
            this.probability = probability;
        }

    }

    /** Settings of the priority strategy. */
    public static class Priority {

        /**
         * Priority bands by name: each holds the calls whose priority is at least its min-priority
         * (and below the next band's), and keeps its share of the limit once the limit is reached.
         * Shares add up to at most 1; give lower bands smaller shares to shed them first. None
         * configured: "critical" (priority 1 and above) keeps 90%, "normal" (the rest) 10%.
         */
        private Map<String, Band> bands = new LinkedHashMap<>();

        public Map<String, Band> getBands() {
            return this.bands;
        }

        public void setBands(Map<String, Band> bands) {
            this.bands = bands;
        }

    }

    /** One priority band. */
    public static class Band {

        /**
         * Lowest call priority in this band.
         */
        private int minPriority;

        /**
         * Fraction of the limit this band keeps once the limit is reached, from 0 to 1.
         */
        private double share;

        public int getMinPriority() {
            return this.minPriority;
        }

        public void setMinPriority(int minPriority) {
            this.minPriority = minPriority;
        }

        public double getShare() {
            return this.share;
        }

        public void setShare(double share) {
            this.share = share;
        }

    }

}
