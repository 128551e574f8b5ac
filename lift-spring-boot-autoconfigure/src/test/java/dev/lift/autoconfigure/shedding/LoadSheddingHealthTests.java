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

import java.util.List;

import dev.lift.autoconfigure.tenancy.LiftTenancyAutoConfiguration;
import dev.lift.chain.Invocation;
import dev.lift.chain.LiftChain;
import dev.lift.context.LiftContext;
import dev.lift.error.LiftConfigurationException;
import dev.lift.error.LiftLoadShedException;
import dev.lift.shedding.LoadSheddingFilter;
import dev.lift.autoconfigure.health.LiftHealth;
import dev.lift.autoconfigure.health.LiftReadinessAutoConfiguration;
import dev.lift.autoconfigure.health.LiftHealthIndicator;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code liftLoadShedding} and its readiness signal, from calls shed by the real filter: every call
 * shed (random strategy, probability 1) is hard shedding.
 */
class LoadSheddingHealthTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(LiftLoadSheddingHealthAutoConfiguration.class,
                LiftTenancyAutoConfiguration.class, LiftLoadSheddingAutoConfiguration.class))
        .withPropertyValues("lift.load-shedding.enabled=true", "lift.load-shedding.strategy=random",
                "lift.health.load-shedding.min-calls=10");

    @Test
    void absentWithoutLoadShedding() {
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(LiftLoadSheddingHealthAutoConfiguration.class))
            .run((context) -> assertThat(context).doesNotHaveBean(LoadSheddingState.class)
                .doesNotHaveBean("liftLoadSheddingHealthIndicator"));
    }

    @Test
    void sheddingEveryCallIsHardSheddingAndTheStatusStaysUp() {
        this.contextRunner.withPropertyValues("lift.load-shedding.random.probability=1").run((context) -> {
            LoadSheddingState state = context.getBean(LoadSheddingState.class);
            assertThat(state.notReadyReason()).isNull();

            callTenTimes(context);

            assertThat(state.notReadyReason()).isEqualTo("shedding 100% of 10 recent calls");
            LiftHealth health = context.getBean("liftLoadSheddingHealthIndicator", LiftHealthIndicator.class).health();
            assertThat(health.status()).isEqualTo(LiftHealth.UP);
            assertThat(health.details()).containsEntry("shedCalls", 10L)
                .containsEntry("inFlight", 0)
                .containsEntry("shedding", true)
                .containsEntry("sheddingHard", true);
        });
    }

    @Test
    void theSheddingStatusIsConfigurable() {
        this.contextRunner
            .withPropertyValues("lift.load-shedding.random.probability=1", "lift.health.load-shedding.shedding-status=DEGRADED")
            .run((context) -> {
                LiftHealthIndicator indicator = context.getBean("liftLoadSheddingHealthIndicator",
                        LiftHealthIndicator.class);
                assertThat(indicator.health().status()).isEqualTo(LiftHealth.UP);

                callTenTimes(context);

                assertThat(indicator.health().status()).isEqualTo("DEGRADED");
            });
    }

    @Test
    void noSheddingKeepsTheInstanceReady() {
        this.contextRunner.withPropertyValues("lift.load-shedding.random.probability=0").run((context) -> {
            callTenTimes(context);

            assertThat(context.getBean(LoadSheddingState.class).notReadyReason()).isNull();
            assertThat(context.getBean("liftLoadSheddingHealthIndicator", LiftHealthIndicator.class).health().details())
                .containsEntry("admittedCalls", 10L)
                .containsEntry("shedding", false);
        });
    }

    @Test
    void hardSheddingTakesLiftReadinessOutOfService() {
        this.contextRunner.withPropertyValues("lift.load-shedding.random.probability=1")
            .withConfiguration(AutoConfigurations.of(LiftReadinessAutoConfiguration.class))
            .run((context) -> {
                LiftHealthIndicator readiness = context.getBean(LiftReadinessAutoConfiguration.INDICATOR_BEAN,
                        LiftHealthIndicator.class);
                assertThat(readiness.health().status()).isEqualTo(LiftHealth.UP);

                callTenTimes(context);

                assertThat(readiness.health().status()).isEqualTo(LiftHealth.OUT_OF_SERVICE);
                assertThat(readiness.health().details()).containsEntry("loadShedding",
                        "shedding 100% of 10 recent calls");
            });
    }

    @Test
    void aHardShedRatioAboveOneFailsAtStartUp() {
        this.contextRunner.withPropertyValues("lift.health.load-shedding.hard-shed-ratio=2")
            .run((context) -> assertThat(context.getStartupFailure()).rootCause()
                .isInstanceOf(LiftConfigurationException.class)
                .hasMessageContaining("lift.health.load-shedding.hard-shed-ratio"));
    }

    private static void callTenTimes(ApplicationContext context) throws Exception {
        LiftChain chain = new LiftChain(List.of(context.getBean(LoadSheddingFilter.class)));
        for (int i = 0; i < 10; i++) {
            try {
                chain.execute(new Invocation(LiftContext.builder("request", "orders").tenantId("acme").build(), null,
                        (invocation) -> "ok"));
            }
            catch (LiftLoadShedException ex) {
                // shed: what the test is about
            }
        }
    }

}
