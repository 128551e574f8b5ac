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

package dev.lift.autoconfigure.logging;

import ch.qos.logback.classic.LoggerContext;
import dev.lift.autoconfigure.PropertyConstraints;
import dev.lift.autoconfigure.chain.LiftChainAutoConfiguration;
import dev.lift.logging.InvocationLoggingFilter;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Per-invocation logging: the {@link InvocationLoggingFilter} (debug sampling, summary line) and,
 * with Logback, the filter that lets sampled DEBUG lines through. The JSON format itself is chosen
 * before the application context exists, by {@link LiftLoggingEnvironmentPostProcessor}.
 */
@AutoConfiguration(before = LiftChainAutoConfiguration.class)
@ConditionalOnBooleanProperty(name = "lift.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty(name = "lift.logging.enabled", matchIfMissing = true)
@EnableConfigurationProperties(LiftLoggingProperties.class)
public class LiftLoggingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    InvocationLoggingFilter liftInvocationLoggingFilter(LiftLoggingProperties properties) {
        double rate = PropertyConstraints.fraction("lift.logging.sample-rate", properties.getSampleRate());
        return new InvocationLoggingFilter(rate, properties.isInvocationSummary());
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(LoggerContext.class)
    static class LogbackSamplingConfiguration {

        @Bean
        @ConditionalOnMissingBean
        DebugSampling liftDebugSampling(LiftLoggingProperties properties) {
            return new DebugSampling(properties.getSampleRate() > 0);
        }

    }

    /**
     * Installs the sampling filter in Logback's context while the application runs. Installed after
     * logging is initialised (a re-initialisation resets Logback's filters), removed on shutdown.
     */
    static final class DebugSampling implements DisposableBean {

        private final DebugSamplingTurboFilter filter = new DebugSamplingTurboFilter();

        private final LoggerContext context;

        DebugSampling(boolean install) {
            this.context = (install && LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) ? logback
                    : null;
            if (this.context != null) {
                this.filter.start();
                this.context.addTurboFilter(this.filter);
            }
        }

        boolean installed() {
            return this.context != null && this.context.getTurboFilterList().contains(this.filter);
        }

        @Override
        public void destroy() {
            if (this.context != null) {
                this.context.getTurboFilterList().remove(this.filter);
            }
        }

    }

}
