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

    private LambdaEnvironment() {
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
