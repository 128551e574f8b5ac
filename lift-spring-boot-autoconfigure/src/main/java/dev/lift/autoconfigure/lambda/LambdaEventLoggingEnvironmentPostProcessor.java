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

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Keeps whole Lambda events out of the logs: Spring Cloud Function's {@code AWSLambdaUtils} logs
 * every event it receives at INFO, headers (authorization tokens, cookies) and body included.
 * Unless the user sets a level for {@value #LOGGER} or one of its parent packages, or switches Lift
 * off, that logger defaults to WARN.
 *
 * <p>The default is the last property source, so any level the user sets, anywhere, wins.
 */
class LambdaEventLoggingEnvironmentPostProcessor implements EnvironmentPostProcessor {

    /** The logger that writes received events. */
    static final String LOGGER = "org.springframework.cloud.function.adapter.aws";

    static final String PROPERTY_SOURCE_NAME = "liftLambdaEventLogging";

    private static final String LEVEL_PREFIX = "logging.level.";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty("lift.enabled", Boolean.class, true) || userSetLevel(environment)) {
            return;
        }
        environment.getPropertySources()
            .addLast(new MapPropertySource(PROPERTY_SOURCE_NAME, Map.of(LEVEL_PREFIX + LOGGER, "WARN")));
    }

    private static boolean userSetLevel(ConfigurableEnvironment environment) {
        String logger = LOGGER;
        while (true) {
            if (environment.containsProperty(LEVEL_PREFIX + logger)) {
                return true;
            }
            int dot = logger.lastIndexOf('.');
            if (dot < 0) {
                return false;
            }
            logger = logger.substring(0, dot);
        }
    }

}
