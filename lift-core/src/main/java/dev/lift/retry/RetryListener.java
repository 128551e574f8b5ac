package dev.lift.retry;

import java.time.Duration;

/**
 * Told about retries as they happen, on the thread running the call, so that a tracing integration
 * can add them to the current span. Keep it quick.
 */
public interface RetryListener {

    /** A listener that does nothing. */
    RetryListener NONE = new RetryListener() {
    };

    /**
     * A retry is about to wait and start.
     * @param instanceName the retry instance, e.g. {@code lift-retry:op=orders}
     * @param retry the number of this retry (1 for the first)
     * @param wait the wait before it starts
     * @param cause why the previous attempt failed
     */
    default void onRetry(String instanceName, int retry, Duration wait, Throwable cause) {
    }

    /**
     * A retry was due but will not start.
     * @param instanceName the retry instance
     * @param retry the number the retry would have had
     * @param reason why not
     */
    default void onRetryRefused(String instanceName, int retry, RetryRefusal reason) {
    }

}
