package dev.lift.timeout;

import java.time.Duration;

import dev.lift.error.LiftRejectedException;

/**
 * A call ran past its timeout (or past the invocation deadline minus the safety margin) and was
 * interrupted. Becomes HTTP 504. Thrown in place of whatever the interrupted function threw.
 */
public class LiftTimeoutException extends LiftRejectedException {

    private final Duration timeout;

    /**
     * @param timeout the time the call was allowed
     * @param deadlineCapped whether the invocation deadline, not the operation's timeout, set the limit
     */
    public LiftTimeoutException(Duration timeout, boolean deadlineCapped) {
        super("The call did not finish within " + timeout.toMillis() + " ms"
                + (deadlineCapped ? " (the time left before the invocation deadline)" : ""), 504, null, "timeout");
        this.timeout = timeout;
    }

    /** @return the time the call was allowed */
    public Duration timeout() {
        return this.timeout;
    }

    @Override
    public String code() {
        return "timeout";
    }

}
