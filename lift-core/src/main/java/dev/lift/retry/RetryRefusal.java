package dev.lift.retry;

/** Why a retry that the policy allows did not start. */
public enum RetryRefusal {

    /** Its wait would end past the invocation deadline minus the safety margin. */
    DEADLINE,

    /** The retry budget was spent. */
    BUDGET

}
