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

import dev.lift.autoconfigure.chain.LiftChainAutoConfiguration;
import dev.lift.autoconfigure.tenancy.LiftTenancyAutoConfiguration;
import dev.lift.chain.LiftInvoker;
import dev.lift.lambda.ColdStart;
import org.crac.Resource;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cloud.function.adapter.aws.FunctionInvoker;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static dev.lift.autoconfigure.SpringBootUnderTest.JACKSON;
import static dev.lift.autoconfigure.SpringBootUnderTest.type;
import static org.assertj.core.api.Assertions.assertThat;

class LiftLambdaAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(type(JACKSON), LiftTenancyAutoConfiguration.class,
                LiftChainAutoConfiguration.class, LiftLambdaAutoConfiguration.class));

    @Test
    void entryIsHandedToTheHandlerWhileTheApplicationRuns() {
        this.contextRunner.withPropertyValues("spring.cloud.function.definition=uppercase").run((context) -> {
            assertThat(context).hasSingleBean(LiftLambdaEntry.class).hasSingleBean(LiftSnapStartPriming.class);
            LiftLambdaEntry entry = context.getBean(LiftLambdaEntry.class);
            assertThat(LiftLambdaEntry.current()).isSameAs(entry);
            assertThat(entry.operation()).isEqualTo("uppercase");
        });
        assertThat(LiftLambdaEntry.current()).isNull();
    }

    @Test
    void operationFallsBackToTheLambdaFunctionName() {
        this.contextRunner.withPropertyValues("AWS_LAMBDA_FUNCTION_NAME=orders")
            .run((context) -> assertThat(context.getBean(LiftLambdaEntry.class).operation()).isEqualTo("orders"));
    }

    @Test
    void backsOffWhenLiftIsDisabled() {
        this.contextRunner.withPropertyValues("lift.enabled=false").run((context) -> {
            assertThat(context).doesNotHaveBean(LiftLambdaEntry.class).doesNotHaveBean(LiftSnapStartPriming.class);
            assertThat(LiftLambdaEntry.current()).isNull();
        });
    }

    @Test
    void backsOffWithoutSpringCloudFunctionsAwsAdapter() {
        this.contextRunner.withClassLoader(new FilteredClassLoader(FunctionInvoker.class))
            .run((context) -> assertThat(context).doesNotHaveBean(LiftLambdaEntry.class));
    }

    @Test
    void backsOffWithoutTheLiftInvoker() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(LiftLambdaAutoConfiguration.class))
            .run((context) -> assertThat(context).doesNotHaveBean(LiftLambdaEntry.class));
    }

    @Test
    void snapStartPrimingNeedsOrgCrac() {
        this.contextRunner.withClassLoader(new FilteredClassLoader(Resource.class)).run((context) -> {
            assertThat(context).hasSingleBean(LiftLambdaEntry.class).doesNotHaveBean(LiftSnapStartPriming.class);
        });
    }

    @Test
    void userEntryBacksOffLifts() {
        this.contextRunner.withUserConfiguration(UserEntryConfiguration.class).run((context) -> {
            assertThat(context).hasSingleBean(LiftLambdaEntry.class);
            assertThat(context.getBean(LiftLambdaEntry.class).operation()).isEqualTo("custom");
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class UserEntryConfiguration {

        @Bean
        LiftLambdaEntry customEntry(LiftInvoker invoker, ColdStart coldStart) {
            return new LiftLambdaEntry(invoker, new com.fasterxml.jackson.databind.ObjectMapper(), coldStart, "custom");
        }

    }

}
