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

import java.time.Duration;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.lift.autoconfigure.chain.LiftChainAutoConfiguration;
import dev.lift.chain.LiftInvoker;
import dev.lift.error.LiftConfigurationException;
import dev.lift.lambda.ColdStart;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cloud.function.context.FunctionCatalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lift's HTTP entry point for servlet applications: a filter that runs the chain for every request,
 * to functions served by spring-cloud-function-web and to Spring MVC controllers alike.
 */
@AutoConfiguration(after = LiftChainAutoConfiguration.class,
        afterName = "org.springframework.cloud.function.context.config.ContextFunctionCatalogAutoConfiguration")
@ConditionalOnBooleanProperty(name = "lift.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty(name = "lift.web.enabled", matchIfMissing = true)
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnClass(OncePerRequestFilter.class)
@ConditionalOnBean(LiftInvoker.class)
@EnableConfigurationProperties(LiftWebProperties.class)
public class LiftWebAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    LiftHttpOperationResolver liftHttpOperationResolver() {
        return (request) -> LiftHttpOperationResolver.DEFAULT_OPERATION;
    }

    @Bean
    @ConditionalOnMissingBean
    LiftServletFilter liftServletFilter(LiftInvoker liftInvoker, LiftHttpOperationResolver liftHttpOperationResolver,
            ColdStart liftColdStart, LiftWebProperties properties, ObjectProvider<ObjectMapper> objectMapper) {
        validate(properties);
        return new LiftServletFilter(liftInvoker, liftHttpOperationResolver, liftColdStart, properties,
                objectMapper.getIfAvailable(ObjectMapper::new));
    }

    @Bean
    @ConditionalOnMissingBean(name = "liftServletFilterRegistration")
    FilterRegistrationBean<LiftServletFilter> liftServletFilterRegistration(LiftServletFilter liftServletFilter,
            LiftWebProperties properties) {
        FilterRegistrationBean<LiftServletFilter> registration = new FilterRegistrationBean<>(liftServletFilter);
        registration.setOrder(properties.getFilterOrder());
        registration.setName("liftServletFilter");
        return registration;
    }

    // A deadline of 0 or less would reject every request before it starts; a prefix without a
    // leading '/' never matches and '/' matches everything: each would fail silently in production.
    private static void validate(LiftWebProperties properties) {
        if (properties.getMaxReplayBodySize() < 0) {
            throw new LiftConfigurationException("lift.web.max-replay-body-size", properties.getMaxReplayBodySize(),
                    "a size in bytes, zero or more");
        }
        if (properties.getMaxHeldResponseSize() < 0) {
            throw new LiftConfigurationException("lift.web.max-held-response-size",
                    properties.getMaxHeldResponseSize(), "a size in bytes, zero (hold nothing) or more");
        }
        Duration deadline = properties.getDeadline();
        if (deadline != null && (deadline.isNegative() || deadline.isZero())) {
            throw new LiftConfigurationException("lift.web.deadline", deadline,
                    "a positive duration, e.g. 30s (unset for no deadline)");
        }
        for (String prefix : properties.getExcludedPaths()) {
            if (prefix == null || !prefix.startsWith("/") || prefix.equals("/")) {
                throw new LiftConfigurationException("lift.web.excluded-paths", prefix,
                        "a path prefix starting with '/' such as /actuator, other than '/' itself"
                                + " (lift.web.enabled=false switches the filter off)");
            }
        }
    }

    /** Names HTTP requests after the function they call, when Spring Cloud Function is there. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(FunctionCatalog.class)
    static class FunctionOperationConfiguration {

        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnBean(FunctionCatalog.class)
        LiftHttpOperationResolver liftHttpOperationResolver(FunctionCatalog functionCatalog, Environment environment) {
            return new FunctionPathOperationResolver(functionCatalog.getNames(null),
                    environment.getProperty("spring.cloud.function.web.path", ""));
        }

    }

}
