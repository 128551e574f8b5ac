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

import dev.lift.chain.StatusResult;

/**
 * What the function answered to one Lambda invocation, as the bytes the runtime sends back. The
 * answer to an API Gateway proxy event carries the proxy response's HTTP status, so that patterns
 * judging outcomes (circuit breaker, retry) can count a 5xx as a failure.
 */
sealed interface LambdaResponse permits LambdaResponse.Plain, LambdaResponse.Proxy {

    /** @return the payload the runtime sends back */
    byte[] payload();

    /**
     * The answer to any event other than an API Gateway proxy event.
     * @param payload the payload
     */
    record Plain(byte[] payload) implements LambdaResponse {

    }

    /**
     * The answer to an API Gateway proxy event: a proxy response document.
     * @param payload the proxy response
     * @param status its {@code statusCode}
     */
    record Proxy(byte[] payload, int status) implements LambdaResponse, StatusResult {

    }

}
