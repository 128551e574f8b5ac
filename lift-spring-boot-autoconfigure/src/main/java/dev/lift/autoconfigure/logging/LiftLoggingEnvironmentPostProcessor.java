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

import java.util.Map;

import dev.lift.lambda.LambdaEnvironment;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

/**
 * Makes Lift's JSON format the default console log format on Lambda (or wherever
 * {@code lift.logging.structured=true}): {@link LiftStructuredLogFormatter} with Logback,
 * {@link LiftLog4j2StructuredLogFormatter} with Log4j2. Logging is initialised before any auto-configuration
 * runs, so the default has to be set here, on the environment. It is added as the property source of
 * lowest precedence: a {@code logging.structured.format.console} of the application's own always
 * wins, and {@code lift.logging.structured=false} keeps plain text on Lambda.
 */
public class LiftLoggingEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    /** The name of the property source holding Lift's logging defaults. */
    public static final String PROPERTY_SOURCE_NAME = "liftLoggingDefaults";

    static final String FORMAT_PROPERTY = "logging.structured.format.console";

    private static final String LOGBACK = "ch.qos.logback.classic.LoggerContext";

    private static final String LOG4J2 = "org.apache.logging.log4j.core.impl.Log4jContextFactory";

    /** The system property that names Spring Boot's logging system, as {@code LoggingSystem} reads it. */
    private static final String LOGGING_SYSTEM = "org.springframework.boot.logging.LoggingSystem";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty("lift.enabled", Boolean.class, true)) {
            return;
        }
        boolean onLambda = LambdaEnvironment.isLambda(environment::getProperty);
        boolean structured = environment.getProperty("lift.logging.structured", Boolean.class, onLambda);
        String format = structured ? format(getClass().getClassLoader()) : null;
        if (format != null) {
            environment.getPropertySources()
                .addLast(new MapPropertySource(PROPERTY_SOURCE_NAME, Map.of(FORMAT_PROPERTY, format)));
        }
    }

    /**
     * Lift's format for the logging system Spring Boot picks: the one the system property names,
     * else Logback when present, else Log4j2; none for other systems (java.util.logging has no
     * structured logging).
     */
    static String format(ClassLoader classLoader) {
        String system = System.getProperty(LOGGING_SYSTEM, "");
        boolean logback = ClassUtils.isPresent(LOGBACK, classLoader);
        boolean log4j2 = ClassUtils.isPresent(LOG4J2, classLoader);
        if (system.contains("Log4J2") && log4j2) {
            return LiftLog4j2StructuredLogFormatter.class.getName();
        }
        if (system.isEmpty() || system.contains("logback")) {
            if (logback) {
                return LiftStructuredLogFormatter.class.getName();
            }
            if (system.isEmpty() && log4j2) {
                return LiftLog4j2StructuredLogFormatter.class.getName();
            }
        }
        return null;
    }

    @Override
    public int getOrder() {
        // After the config data (application.yml) is loaded, so lift.logging.structured there counts.
        return Ordered.LOWEST_PRECEDENCE;
    }

}
