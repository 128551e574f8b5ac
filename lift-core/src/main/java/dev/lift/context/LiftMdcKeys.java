package dev.lift.context;

/**
 * MDC keys Lift sets during an invocation. The names match Powertools for AWS Lambda (Java) where
 * they overlap, so existing CloudWatch Logs Insights queries keep working.
 */
public final class LiftMdcKeys {

    /** The AWS request id, or the HTTP request id. */
    public static final String REQUEST_ID = "function_request_id";

    /** The validated tenant id. */
    public static final String TENANT_ID = "tenant_id";

    /** The operation (function name). */
    public static final String OPERATION = "operation";

    /** Whether the invocation is a cold start. */
    public static final String COLD_START = "cold_start";

    /** The X-Ray trace header of the invocation. */
    public static final String TRACE_ID = "xray_trace_id";

    private LiftMdcKeys() {
    }

}
