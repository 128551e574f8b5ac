package dev.lift.chain;

/**
 * A target result that carries an HTTP status, such as an API Gateway proxy response or a servlet
 * response. Patterns that judge outcomes (circuit breaker, retry) can count a 5xx as a failure.
 */
public interface StatusResult {

    /** @return the HTTP status of the result */
    int status();

}
