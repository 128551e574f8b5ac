package dev.lift.ratelimit;

/**
 * A {@link RateLimitStore} could not answer in time: the distributed store is down, slow or
 * throttling. The {@link FailurePolicy} decides what the call gets.
 */
public class RateLimitStoreException extends RuntimeException {

    /**
     * @param message what failed
     * @param cause the underlying error
     */
    public RateLimitStoreException(String message, Throwable cause) {
        super(message, cause);
    }

}
