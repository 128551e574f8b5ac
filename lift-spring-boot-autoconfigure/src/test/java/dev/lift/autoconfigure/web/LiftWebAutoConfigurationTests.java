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

package dev.lift.autoconfigure.web;

import java.util.function.Function;

import dev.lift.autoconfigure.chain.LiftChainAutoConfiguration;
import dev.lift.autoconfigure.tenancy.LiftTenancyAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cloud.function.context.FunctionCatalog;
import org.springframework.cloud.function.context.config.ContextFunctionCatalogAutoConfiguration;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class LiftWebAutoConfigurationTests {

    private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(LiftTenancyAutoConfiguration.class, LiftChainAutoConfiguration.class,
                LiftWebAutoConfiguration.class));

    @Test
    void registersTheServletFilterAtTheConfiguredOrder() {
        this.contextRunner.withPropertyValues("lift.web.filter-order=42").run((context) -> {
            assertThat(context).hasSingleBean(LiftServletFilter.class);
            FilterRegistrationBean<?> registration = context.getBean("liftServletFilterRegistration",
                    FilterRegistrationBean.class);
            assertThat(registration.getOrder()).isEqualTo(42);
        });
    }

    @Test
    void namesOperationsAfterRegisteredFunctions() {
        this.contextRunner.withConfiguration(AutoConfigurations.of(ContextFunctionCatalogAutoConfiguration.class))
            .withBean("uppercase", Function.class, () -> (Function<String, String>) String::toUpperCase)
            .run((context) -> {
                LiftHttpOperationResolver resolver = context.getBean(LiftHttpOperationResolver.class);
                assertThat(resolver.resolveOperation(new MockHttpServletRequest("POST", "/uppercase")))
                    .isEqualTo("uppercase");
                assertThat(resolver.resolveOperation(new MockHttpServletRequest("GET", "/orders/42")))
                    .isEqualTo("http");
            });
    }

    @Test
    void withoutSpringCloudFunctionEveryRequestIsTheHttpOperation() {
        this.contextRunner.withClassLoader(new FilteredClassLoader(FunctionCatalog.class)).run((context) -> {
            LiftHttpOperationResolver resolver = context.getBean(LiftHttpOperationResolver.class);
            assertThat(resolver.resolveOperation(new MockHttpServletRequest("POST", "/uppercase"))).isEqualTo("http");
        });
    }

    @Test
    void backsOffForAUserOperationResolver() {
        this.contextRunner.withBean(LiftHttpOperationResolver.class, () -> (request) -> "mine")
            .run((context) -> assertThat(context.getBean(LiftHttpOperationResolver.class)
                .resolveOperation(new MockHttpServletRequest())).isEqualTo("mine"));
    }

    @Test
    void canBeSwitchedOff() {
        this.contextRunner.withPropertyValues("lift.web.enabled=false")
            .run((context) -> assertThat(context).doesNotHaveBean(LiftServletFilter.class));
        this.contextRunner.withPropertyValues("lift.enabled=false")
            .run((context) -> assertThat(context).doesNotHaveBean(LiftServletFilter.class));
    }

    @Test
    void needsAServletApplication() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(LiftTenancyAutoConfiguration.class,
                LiftChainAutoConfiguration.class, LiftWebAutoConfiguration.class))
            .run((context) -> assertThat(context).doesNotHaveBean(LiftServletFilter.class));
    }

}
