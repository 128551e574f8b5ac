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

package dev.lift.autoconfigure.chain;

import java.util.List;

import dev.lift.autoconfigure.tenancy.LiftTenancyAutoConfiguration;
import dev.lift.chain.ContextFilter;
import dev.lift.chain.Invocation;
import dev.lift.chain.LiftChain;
import dev.lift.chain.LiftFilter;
import dev.lift.chain.LiftFilterChain;
import dev.lift.chain.LiftFilterOrder;
import dev.lift.chain.LiftInvoker;
import dev.lift.lambda.ColdStart;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class LiftChainAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(LiftChainAutoConfiguration.class, LiftTenancyAutoConfiguration.class));

    @Test
    void providesTheChainAndTheInvoker() {
        this.contextRunner.run((context) -> {
            assertThat(context).hasSingleBean(LiftChain.class)
                .hasSingleBean(LiftInvoker.class)
                .hasSingleBean(ContextFilter.class)
                .hasSingleBean(ColdStart.class);
            assertThat(context.getBean(LiftChain.class).filters()).extracting(LiftFilter::name)
                .containsExactly("context");
        });
    }

    @Test
    void placesAUserFilterByItsOrder() {
        this.contextRunner.withUserConfiguration(UserFilterConfiguration.class).run((context) -> {
            List<LiftFilter> filters = context.getBean(LiftChain.class).filters();
            assertThat(filters).extracting(LiftFilter::name).containsExactly("context", "audit", "innermost");
        });
    }

    @Test
    void backsOffWhenTheUserDefinesTheChain() {
        this.contextRunner.withBean("myChain", LiftChain.class, () -> new LiftChain(List.of())).run((context) -> {
            assertThat(context).hasSingleBean(LiftChain.class).hasBean("myChain");
            assertThat(context.getBean(LiftChain.class).filters()).isEmpty();
        });
    }

    @Test
    void backsOffWhenTheUserDefinesTheContextFilter() {
        this.contextRunner.withBean("myContextFilter", ContextFilter.class, ContextFilter::new)
            .run((context) -> assertThat(context).hasSingleBean(ContextFilter.class).hasBean("myContextFilter"));
    }

    @Test
    void configuresNothingWhenLiftIsDisabled() {
        this.contextRunner.withPropertyValues("lift.enabled=false").run((context) -> {
            assertThat(context).doesNotHaveBean(LiftChain.class).doesNotHaveBean(LiftInvoker.class);
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class UserFilterConfiguration {

        @Bean
        LiftFilter innermost() {
            return new Named("innermost", LiftFilterOrder.USER_DEFAULT);
        }

        @Bean
        LiftFilter audit() {
            return new Named("audit", LiftFilterOrder.BULKHEAD + 50);
        }

    }

    record Named(String name, int getOrder) implements LiftFilter {

        @Override
        public Object filter(Invocation invocation, LiftFilterChain chain) throws Exception {
            return chain.proceed(invocation);
        }

    }

}
