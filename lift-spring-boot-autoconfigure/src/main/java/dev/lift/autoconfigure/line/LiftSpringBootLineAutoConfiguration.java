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

package dev.lift.autoconfigure.line;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The beans whose types differ between Spring Boot 3 and 4: Lift's health contributors, the readiness
 * group membership and the tracer's X-Ray id generator, as the running line names them
 * ({@link SpringBootLineBeans}).
 */
@AutoConfiguration
@ConditionalOnBooleanProperty(name = "lift.enabled", matchIfMissing = true)
public class LiftSpringBootLineAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    static SpringBootLineBeans liftSpringBootLineBeans() {
        return new SpringBootLineBeans();
    }

}
