package dev.lift.ratelimit;

/** What a call gets when the rate-limit store cannot answer in time. */
public enum FailurePolicy {

    /** Let the call run: availability before the limit (the limit protects, but is not a contract). */
    FAIL_OPEN,

    /** Reject the call with 429: the limit before availability (e.g. a limit that protects a paid quota). */
    FAIL_CLOSED

}
