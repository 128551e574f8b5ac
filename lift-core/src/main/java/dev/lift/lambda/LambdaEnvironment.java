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

package dev.lift.lambda;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Names of the environment variables the Lambda runtime sets in every function environment. Their
 * presence is how Lift tells that it runs on Lambda.
 */
public final class LambdaEnvironment {

    /** The function's name; set in every Lambda environment. */
    public static final String FUNCTION_NAME = "AWS_LAMBDA_FUNCTION_NAME";

    /** The function's version, e.g. {@code $LATEST}. */
    public static final String FUNCTION_VERSION = "AWS_LAMBDA_FUNCTION_VERSION";

    /** The memory configured for the function, in MB. */
    public static final String FUNCTION_MEMORY_SIZE = "AWS_LAMBDA_FUNCTION_MEMORY_SIZE";

    /** The function's log format, {@code Text} or {@code JSON} ({@code LoggingConfig: LogFormat}). */
    public static final String LOG_FORMAT = "AWS_LAMBDA_LOG_FORMAT";

    /**
     * The least severe application log level Lambda keeps under the JSON log format
     * ({@code LoggingConfig: ApplicationLogLevel}): {@code TRACE}, {@code DEBUG}, {@code INFO},
     * {@code WARN}, {@code ERROR} or {@code FATAL}.
     */
    public static final String LOG_LEVEL = "AWS_LAMBDA_LOG_LEVEL";

    private static final List<String> LEVELS_ABOVE_INFO = List.of("WARN", "ERROR", "FATAL");

    private LambdaEnvironment() {
    }

    /**
     * The level a JSON line on standard output needs so that Lambda keeps it, when that is more
     * than the {@code INFO} Lambda assigns a JSON line without a level. Under the JSON log format,
     * Lambda filters application logs by their {@code level} member (missing or invalid: {@code INFO},
     * also when the line has no valid {@code timestamp}), the lines a function prints itself included.
     * @param variables looks up an environment variable
     * @return {@code WARN}, {@code ERROR} or {@code FATAL}; {@code null} when Lambda keeps
     *     {@code INFO} lines (the text format, or an application log level of {@code INFO} or below)
     */
    public static String levelKeptAboveInfo(Function<String, String> variables) {
        if (!"JSON".equalsIgnoreCase(variables.apply(LOG_FORMAT))) {
            return null;
        }
        String level = variables.apply(LOG_LEVEL);
        if (level == null) {
            return null;
        }
        level = level.strip().toUpperCase(Locale.ROOT);
        return LEVELS_ABOVE_INFO.contains(level) ? level : null;
    }

    /**
     * Tells whether the process runs on Lambda.
     * @param variables looks up an environment variable ({@code System::getenv}, a Spring
     *     {@code Environment::getProperty}...)
     * @return whether {@value #FUNCTION_NAME} is set
     */
    public static boolean isLambda(Function<String, String> variables) {
        return variables.apply(FUNCTION_NAME) != null;
    }

}
