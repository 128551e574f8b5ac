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

package dev.lift.autoconfigure.context;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.lift.chain.ContextFilter;
import dev.lift.chain.Invocation;
import dev.lift.chain.LiftChain;
import dev.lift.context.LiftContext;
import dev.lift.context.LiftMdcKeys;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskDecorator;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.EnableAsync;

import static org.assertj.core.api.Assertions.assertThat;

class LiftContextPropagationAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(LiftContextPropagationAutoConfiguration.class, TaskExecutionAutoConfiguration.class));

    @Test
    void theContextReachesAnAsyncMethodWithItsMdcEntries() {
        this.contextRunner.withUserConfiguration(AsyncConfiguration.class).run((context) -> {
            AsyncService service = context.getBean(AsyncService.class);
            LiftContext liftContext = LiftContext.builder("req-async", "orders").tenantId("acme").build();
            LiftChain chain = new LiftChain(List.of(new ContextFilter()));

            Object seen = chain.execute(new Invocation(liftContext, null,
                    (invocation) -> service.whoAmI().get(5, TimeUnit.SECONDS)));

            assertThat(seen).isEqualTo(List.of("acme", "req-async", "acme"));
            assertThat(service.whoAmI().get(5, TimeUnit.SECONDS)).as("nothing left on the pooled thread")
                .isEqualTo(List.of("none", "none", "none"));
        });
    }

    @Test
    void backsOffForAUserTaskDecorator() {
        this.contextRunner.withBean("myDecorator", TaskDecorator.class, () -> (runnable) -> runnable)
            .run((context) -> assertThat(context).hasSingleBean(TaskDecorator.class).hasBean("myDecorator"));
    }

    @Test
    void canBeSwitchedOff() {
        this.contextRunner.withPropertyValues("lift.enabled=false")
            .run((context) -> assertThat(context).doesNotHaveBean(TaskDecorator.class));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAsync
    static class AsyncConfiguration {

        @Bean
        AsyncService asyncService() {
            return new AsyncService();
        }

    }

    static class AsyncService {

        @Async
        public CompletableFuture<List<String>> whoAmI() {
            LiftContext context = LiftContext.current().orElse(null);
            String mdcTenant = MDC.get(LiftMdcKeys.TENANT_ID);
            return CompletableFuture.completedFuture(List.of((context != null) ? context.tenantId() : "none",
                    (context != null) ? context.requestId() : "none", (mdcTenant != null) ? mdcTenant : "none"));
        }

    }

}
