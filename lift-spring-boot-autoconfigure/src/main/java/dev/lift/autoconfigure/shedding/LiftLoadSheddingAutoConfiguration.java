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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.netflix.concurrency.limits.Limit;
import com.netflix.concurrency.limits.Limiter;
import com.netflix.concurrency.limits.limit.AIMDLimit;
import com.netflix.concurrency.limits.limit.Gradient2Limit;
import com.netflix.concurrency.limits.limit.VegasLimit;
import com.netflix.concurrency.limits.limiter.SimpleLimiter;

import dev.lift.autoconfigure.PropertyConstraints;
import dev.lift.autoconfigure.shedding.LiftLoadSheddingProperties.Band;
import dev.lift.context.LiftContext;
import dev.lift.shedding.LoadSheddingFilter;
import dev.lift.shedding.PriorityBand;
import dev.lift.shedding.PriorityLimiter;
import dev.lift.shedding.RandomLimiter;
import dev.lift.shedding.SheddingRateCap;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Load shedding ({@code lift.load-shedding.enabled=true}): a {@link LoadSheddingFilter} in the chain,
 * deciding with Netflix concurrency-limits. Its meters bind to the application's registry as a
 * {@code MeterBinder}.
 */
@AutoConfiguration
@ConditionalOnBooleanProperty(name = "lift.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty("lift.load-shedding.enabled")
@ConditionalOnClass(Limiter.class)
@EnableConfigurationProperties(LiftLoadSheddingProperties.class)
public class LiftLoadSheddingAutoConfiguration {

    private static final String PREFIX = "lift.load-shedding.";

    private static final List<PriorityBand> DEFAULT_BANDS = List.of(new PriorityBand("critical", 1, 0.9),
            new PriorityBand("normal", Integer.MIN_VALUE, 0.1));

    @Bean
    @ConditionalOnMissingBean
    LoadSheddingFilter liftLoadSheddingFilter(LiftLoadSheddingProperties properties) {
        return new LoadSheddingFilter(properties.getStrategy().name().toLowerCase(), limiter(properties),
                rateCap(properties), positive(properties.getRetryAfter(), "retry-after"));
    }

    private static Limiter<LiftContext> limiter(LiftLoadSheddingProperties properties) {
        return switch (properties.getStrategy()) {
            case ADAPTIVE -> SimpleLimiter.newBuilder().named("lift-load-shedding").limit(limit(properties)).build();
            case PRIORITY -> PriorityLimiter.create(limit(properties), bands(properties.getPriority().getBands()));
            case RANDOM -> new RandomLimiter(fraction(properties.getRandom().getProbability(), "random.probability"));
        };
    }

    private static Limit limit(LiftLoadSheddingProperties properties) {
        int initial = properties.getInitialLimit();
        int min = properties.getMinLimit();
        int max = properties.getMaxLimit();
        PropertyConstraints.atLeast(PREFIX + "min-limit", min, 1);
        PropertyConstraints.require(max >= min, PREFIX + "max-limit", max, "a number at least min-limit (" + min + ")");
        PropertyConstraints.require(initial >= min && initial <= max, PREFIX + "initial-limit", initial,
                "a number between min-limit (" + min + ") and max-limit (" + max + ")");
        return switch (properties.getAlgorithm()) {
            case VEGAS -> vegas(properties.getVegas(), initial, max);
            case GRADIENT2 -> gradient2(properties.getGradient2(), initial, min, max);
            case AIMD -> aimd(properties.getAimd(), initial, min, max);
        };
    }

    private static Limit vegas(LiftLoadSheddingProperties.Vegas vegas, int initial, int max) {
        PropertyConstraints.atLeast(PREFIX + "vegas.probe-multiplier", vegas.getProbeMultiplier(), 1);
        return VegasLimit.newBuilder()
            .initialLimit(initial)
            .maxConcurrency(max)
            .smoothing(fraction(vegas.getSmoothing(), "vegas.smoothing"))
            .probeMultiplier(vegas.getProbeMultiplier())
            .build();
    }

    private static Limit gradient2(LiftLoadSheddingProperties.Gradient2 gradient2, int initial, int min, int max) {
        PropertyConstraints.require(gradient2.getRttTolerance() >= 1.0, PREFIX + "gradient2.rtt-tolerance",
                gradient2.getRttTolerance(), "a number of at least 1.0");
        PropertyConstraints.atLeast(PREFIX + "gradient2.long-window", gradient2.getLongWindow(), 1);
        PropertyConstraints.atLeast(PREFIX + "gradient2.queue-size", gradient2.getQueueSize(), 0);
        return Gradient2Limit.newBuilder()
            .initialLimit(initial)
            .minLimit(min)
            .maxConcurrency(max)
            .rttTolerance(gradient2.getRttTolerance())
            .smoothing(fraction(gradient2.getSmoothing(), "gradient2.smoothing"))
            .queueSize(gradient2.getQueueSize())
            .longWindow(gradient2.getLongWindow())
            .build();
    }

    private static Limit aimd(LiftLoadSheddingProperties.Aimd aimd, int initial, int min, int max) {
        PropertyConstraints.require(aimd.getBackoffRatio() >= 0.5 && aimd.getBackoffRatio() < 1.0,
                PREFIX + "aimd.backoff-ratio", aimd.getBackoffRatio(), "a number from 0.5 up to, not including, 1.0");
        return AIMDLimit.newBuilder()
            .initialLimit(initial)
            .minLimit(min)
            .maxLimit(max)
            .backoffRatio(aimd.getBackoffRatio())
            .timeout(positive(aimd.getTimeout(), "aimd.timeout").toNanos(), TimeUnit.NANOSECONDS)
            .build();
    }

    private static List<PriorityBand> bands(Map<String, Band> configured) {
        if (configured.isEmpty()) {
            return DEFAULT_BANDS;
        }
        double total = 0;
        List<PriorityBand> bands = new ArrayList<>();
        for (Map.Entry<String, Band> band : configured.entrySet()) {
            double share = fraction(band.getValue().getShare(), "priority.bands." + band.getKey() + ".share");
            total += share;
            bands.add(new PriorityBand(band.getKey(), band.getValue().getMinPriority(), share));
        }
        PropertyConstraints.require(total <= 1.0 + 1e-9, PREFIX + "priority.bands", configured.keySet(),
                "bands whose shares add up to at most 1 (they add up to " + total + ")");
        return bands;
    }

    private static SheddingRateCap rateCap(LiftLoadSheddingProperties properties) {
        double maxRate = fraction(properties.getMaxSheddingRate(), "max-shedding-rate");
        Duration window = positive(properties.getSheddingRateWindow(), "shedding-rate-window");
        return new SheddingRateCap(maxRate, window, System::nanoTime);
    }

    private static double fraction(double value, String property) {
        return PropertyConstraints.fraction(PREFIX + property, value);
    }

    private static Duration positive(Duration value, String property) {
        return PropertyConstraints.positive(PREFIX + property, value, "1s");
    }

}
