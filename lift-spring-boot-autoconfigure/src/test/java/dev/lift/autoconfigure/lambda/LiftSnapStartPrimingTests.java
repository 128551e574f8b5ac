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

package dev.lift.autoconfigure.lambda;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import dev.lift.autoconfigure.chain.LiftChainAutoConfiguration;
import dev.lift.autoconfigure.tenancy.LiftTenancyAutoConfiguration;
import dev.lift.chain.Invocation;
import dev.lift.chain.LiftFilter;
import dev.lift.chain.LiftFilterChain;
import dev.lift.context.LiftContextHolder;
import dev.lift.lambda.ColdStart;
import dev.lift.lambda.SnapStartAware;
import dev.lift.lambda.SnapStartPriming;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cloud.function.context.config.ContextFunctionCatalogAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static dev.lift.autoconfigure.SpringBootUnderTest.JACKSON;
import static dev.lift.autoconfigure.SpringBootUnderTest.type;
import static org.assertj.core.api.Assertions.assertThat;

/** Calls the CRaC hooks the way the runtime does around a SnapStart checkpoint and restore. */
class LiftSnapStartPrimingTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(type(JACKSON),
                ContextFunctionCatalogAutoConfiguration.class, LiftTenancyAutoConfiguration.class,
                LiftChainAutoConfiguration.class, LiftLambdaAutoConfiguration.class))
        .withUserConfiguration(PrimingProbes.class)
        .withPropertyValues("spring.cloud.function.definition=uppercase", "lift.tenancy.required=true");

    @Test
    void beforeCheckpointRunsEveryFilterOnceWithoutCallingTheFunction() {
        this.contextRunner.run((context) -> {
            PrimingProbes probes = context.getBean(PrimingProbes.class);
            LiftSnapStartPriming priming = context.getBean(LiftSnapStartPriming.class);
            priming.beforeCheckpoint(null);
            assertThat(probes.filterSawPriming).containsExactly(true);
            assertThat(probes.functionCalls).hasValue(0);
            assertThat(probes.events).containsExactly("beforeCheckpoint");
            assertThat(LiftContextHolder.get()).isNull();
            assertThat(priming.prime()).isTrue();
        });
    }

    @Test
    void afterRestoreMakesTheNextInvocationColdAgainAndResetsTimeBasedState() {
        this.contextRunner.run((context) -> {
            PrimingProbes probes = context.getBean(PrimingProbes.class);
            ColdStart coldStart = context.getBean(ColdStart.class);
            LiftSnapStartPriming priming = context.getBean(LiftSnapStartPriming.class);
            priming.beforeCheckpoint(null);
            assertThat(coldStart.next()).isTrue();
            assertThat(coldStart.next()).isFalse();
            priming.afterRestore(null);
            assertThat(coldStart.next()).isTrue();
            assertThat(probes.events).containsExactly("beforeCheckpoint", "afterRestore");
        });
    }

    @Test
    void primingDoesNotClaimTheColdStart() {
        this.contextRunner.run((context) -> {
            context.getBean(LiftSnapStartPriming.class).beforeCheckpoint(null);
            assertThat(context.getBean(ColdStart.class).next()).isTrue();
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class PrimingProbes {

        final List<Boolean> filterSawPriming = new CopyOnWriteArrayList<>();

        final AtomicInteger functionCalls = new AtomicInteger();

        final List<String> events = new CopyOnWriteArrayList<>();

        @Bean
        Function<String, String> uppercase() {
            return (input) -> {
                this.functionCalls.incrementAndGet();
                return input.toUpperCase(Locale.ROOT);
            };
        }

        @Bean
        LiftFilter recordingFilter() {
            return new LiftFilter() {
                @Override
                public Object filter(Invocation invocation, LiftFilterChain chain) throws Exception {
                    PrimingProbes.this.filterSawPriming.add(SnapStartPriming.isPriming(invocation.context()));
                    return chain.proceed(invocation);
                }
            };
        }

        @Bean
        SnapStartAware timeBasedState() {
            return new SnapStartAware() {
                @Override
                public void beforeCheckpoint() {
                    PrimingProbes.this.events.add("beforeCheckpoint");
                }

                @Override
                public void afterRestore() {
                    PrimingProbes.this.events.add("afterRestore");
                }
            };
        }

    }

}
