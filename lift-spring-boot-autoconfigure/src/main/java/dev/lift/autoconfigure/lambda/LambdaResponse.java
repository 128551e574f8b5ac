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
