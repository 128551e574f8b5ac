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

package dev.lift.sample;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import dev.lift.context.LiftContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The sample's functions: a fast one, one that calls a slow and flaky downstream, and one that shows
 * what Lift knows about the call.
 */
@Configuration(proxyBeanMethods = false)
class Functions {

    private static final Logger logger = LoggerFactory.getLogger(Functions.class);

    /** Fast: upper-cases its input. */
    @Bean
    Function<String, String> uppercase() {
        return (input) -> {
            logger.info("Upper-casing {} characters", input.length());
            return input.toUpperCase(Locale.ROOT);
        };
    }

    /** Calls a downstream service that is slow and sometimes fails: what the resilience patterns are for. */
    @Bean
    Function<String, String> downstream(FlakyDownstream flakyDownstream) {
        return (input) -> {
            String answer = flakyDownstream.call(input);
            logger.info("Downstream answered");
            return answer;
        };
    }

    /** Reads the tenant context Lift made current for the call. */
    @Bean
    Function<String, Map<String, Object>> whoami() {
        return (input) -> {
            LiftContext context = LiftContext.current().orElseThrow();
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("tenant", context.tenantId());
            answer.put("operation", context.operation());
            answer.put("requestId", context.requestId());
            answer.put("coldStart", context.coldStart());
            logger.info("Reporting the context of the call");
            return answer;
        };
    }

}
