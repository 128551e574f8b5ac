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

import com.netflix.concurrency.limits.limit.FixedLimit;
import com.netflix.concurrency.limits.limiter.SimpleLimiter;
import dev.lift.chain.Invocation;
import dev.lift.context.LiftContext;
import dev.lift.error.LiftConfigurationException;
import dev.lift.error.LiftLoadShedException;
import dev.lift.shedding.LoadSheddingFilter;
import dev.lift.shedding.SheddingRateCap;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LiftLoadSheddingAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(LiftLoadSheddingAutoConfiguration.class));

    @Test
    void offUnlessEnabled() {
        this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(LoadSheddingFilter.class));
    }

    @Test
    void offWhenLiftIsDisabled() {
        this.contextRunner.withPropertyValues("lift.enabled=false", "lift.load-shedding.enabled=true")
            .run((context) -> assertThat(context).doesNotHaveBean(LoadSheddingFilter.class));
    }

    @Test
    void adaptiveVegasByDefaultWithItsMeters() {
        this.contextRunner.withPropertyValues("lift.load-shedding.enabled=true", "lift.load-shedding.initial-limit=7")
            .run((context) -> {
                LoadSheddingFilter filter = context.getBean(LoadSheddingFilter.class);
                assertThat(filter.limit()).isEqualTo(7);
                assertThat(filter).isInstanceOf(MeterBinder.class);
                assertThat(filter.filter(invocation(0), (call) -> "done")).isEqualTo("done");
            });
    }

    @Test
    void everyAlgorithmCanBeChosenAndTuned() {
        for (String algorithm : new String[] { "gradient2", "vegas", "aimd" }) {
            this.contextRunner
                .withPropertyValues("lift.load-shedding.enabled=true", "lift.load-shedding.algorithm=" + algorithm,
                        "lift.load-shedding.initial-limit=5", "lift.load-shedding.gradient2.long-window=1000",
                        "lift.load-shedding.aimd.timeout=2s", "lift.load-shedding.vegas.probe-multiplier=10")
                .run((context) -> assertThat(context.getBean(LoadSheddingFilter.class).limit()).as(algorithm)
                    .isEqualTo(5));
        }
    }

    @Test
    void randomStrategyShedsWithItsProbabilityAndRetryAfter() {
        this.contextRunner
            .withPropertyValues("lift.load-shedding.enabled=true", "lift.load-shedding.strategy=random",
                    "lift.load-shedding.random.probability=1", "lift.load-shedding.retry-after=3s")
            .run((context) -> assertThatExceptionOfType(LiftLoadShedException.class)
                .isThrownBy(() -> context.getBean(LoadSheddingFilter.class).filter(invocation(0), (call) -> "done"))
                .satisfies((ex) -> assertThat(ex.retryAfter()).contains(Duration.ofSeconds(3))));
    }

    @Test
    void priorityStrategyTakesConfiguredBands() {
        this.contextRunner
            .withPropertyValues("lift.load-shedding.enabled=true", "lift.load-shedding.strategy=priority",
                    "lift.load-shedding.priority.bands.gold.min-priority=5",
                    "lift.load-shedding.priority.bands.gold.share=0.7",
                    "lift.load-shedding.priority.bands.rest.min-priority=0",
                    "lift.load-shedding.priority.bands.rest.share=0.3")
            .run((context) -> assertThat(context.getBean(LoadSheddingFilter.class).filter(invocation(9),
                    (call) -> "done")).isEqualTo("done"));
    }

    @Test
    void bandSharesAddingUpToMoreThanOneFailAtStartUp() {
        this.contextRunner
            .withPropertyValues("lift.load-shedding.enabled=true", "lift.load-shedding.strategy=priority",
                    "lift.load-shedding.priority.bands.gold.share=0.8", "lift.load-shedding.priority.bands.rest.share=0.3")
            .run((context) -> assertThat(context).getFailure()
                .rootCause()
                .isInstanceOf(LiftConfigurationException.class)
                .hasMessageContaining("lift.load-shedding.priority.bands"));
    }

    @Test
    void outOfRangeValuesFailAtStartUpNamingTheProperty() {
        assertStartUpFails("lift.load-shedding.max-shedding-rate=1.5", "lift.load-shedding.max-shedding-rate");
        assertStartUpFails("lift.load-shedding.initial-limit=5000", "lift.load-shedding.initial-limit");
        assertStartUpFails("lift.load-shedding.retry-after=0s", "lift.load-shedding.retry-after");
        assertStartUpFails("lift.load-shedding.aimd.backoff-ratio=0.1", "lift.load-shedding.aimd.backoff-ratio",
                "lift.load-shedding.algorithm=aimd");
    }

    @Test
    void aUserFilterReplacesLifts() {
        LoadSheddingFilter own = new LoadSheddingFilter("adaptive", SimpleLimiter.newBuilder().limit(FixedLimit.of(3))
            .build(), SheddingRateCap.none(), Duration.ofSeconds(1));
        this.contextRunner.withPropertyValues("lift.load-shedding.enabled=true")
            .withBean(LoadSheddingFilter.class, () -> own)
            .run((context) -> assertThat(context.getBean(LoadSheddingFilter.class)).isSameAs(own));
    }

    private void assertStartUpFails(String property, String named, String... more) {
        this.contextRunner.withPropertyValues("lift.load-shedding.enabled=true", property)
            .withPropertyValues(more)
            .run((context) -> assertThat(context).getFailure()
                .rootCause()
                .isInstanceOf(LiftConfigurationException.class)
                .satisfies((ex) -> assertThat(((LiftConfigurationException) ex).property()).isEqualTo(named)));
    }

    private static Invocation invocation(int priority) {
        return new Invocation(LiftContext.builder("request", "orders").priority(priority).build(), null,
                (call) -> "unused");
    }

}
