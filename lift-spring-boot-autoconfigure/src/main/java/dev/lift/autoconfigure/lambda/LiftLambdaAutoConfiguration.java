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

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lift.autoconfigure.chain.LiftChainAutoConfiguration;
import dev.lift.chain.LiftInvoker;
import dev.lift.lambda.ColdStart;
import dev.lift.lambda.SnapStartAware;
import org.crac.Resource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.cloud.function.adapter.aws.FunctionInvoker;
import org.springframework.cloud.function.context.FunctionCatalog;
import org.springframework.cloud.function.json.JsonMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Lift on AWS Lambda: the entry that {@link LiftFunctionInvoker} runs every invocation through,
 * and, when {@code org.crac} is present, SnapStart priming.
 *
 * @see LiftFunctionInvoker
 */
@AutoConfiguration(after = LiftChainAutoConfiguration.class,
        afterName = { "org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration",
                "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration" })
@ConditionalOnBooleanProperty(name = "lift.enabled", matchIfMissing = true)
@ConditionalOnClass({ FunctionInvoker.class, Context.class })
@ConditionalOnBean({ LiftInvoker.class, ColdStart.class })
public class LiftLambdaAutoConfiguration {

    /** The property naming the function Spring Cloud Function's {@code FunctionInvoker} calls. */
    static final String FUNCTION_DEFINITION = "spring.cloud.function.definition";

    @Bean
    @ConditionalOnMissingBean
    LiftLambdaEntry liftLambdaEntry(LiftInvoker liftInvoker, ObjectProvider<ObjectMapper> objectMapper,
            ColdStart coldStart, Environment environment) {
        return new LiftLambdaEntry(liftInvoker, objectMapper.getIfAvailable(ObjectMapper::new), coldStart,
                operation(environment));
    }

    /**
     * The operation of Lambda invocations: the function definition, else the Lambda function's
     * name, else {@code function}.
     */
    static String operation(Environment environment) {
        String definition = environment.getProperty(FUNCTION_DEFINITION);
        if (definition != null && !definition.isBlank()) {
            return definition;
        }
        return environment.getProperty("AWS_LAMBDA_FUNCTION_NAME", "function");
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Resource.class)
    static class SnapStartConfiguration {

        @Bean
        @ConditionalOnMissingBean
        LiftSnapStartPriming liftSnapStartPriming(LiftLambdaEntry entry, ColdStart coldStart,
                ObjectProvider<SnapStartAware> snapStartAware, ObjectProvider<FunctionCatalog> functionCatalog,
                ObjectProvider<JsonMapper> jsonMapper) {
            return new LiftSnapStartPriming(entry, coldStart, snapStartAware, functionCatalog, jsonMapper);
        }

    }

}
