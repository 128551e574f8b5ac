package dev.lift.tracing;

import java.util.List;
import java.util.Objects;

import dev.lift.chain.Invocation;
import dev.lift.chain.LiftFilter;
import dev.lift.chain.LiftFilterChain;
import dev.lift.chain.LiftFilterOrder;
import dev.lift.chain.StatusResult;
import dev.lift.context.LiftContext;
import dev.lift.error.LiftRejectedException;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/**
 * Opens one span per invocation, named after the operation, and keeps it current while the rest of
 * the chain and the function run.
 *
 * <p>The span continues the current span when there is one (an HTTP server span), otherwise the
 * invocation's X-Ray trace header ({@link LiftContext#traceHeader()}: on Lambda, the segment Lambda
 * created), otherwise it starts a trace. Operation, cold start and, when enabled, the tenant are
 * tagged and listed in {@value XRaySegmentEncoder#ANNOTATIONS_ATTRIBUTE}, so they become searchable
 * X-Ray annotations. A rejection adds a {@value #REJECTED_EVENT} event naming the pattern; a failure
 * marks the span as an error.
 */
public final class TracingFilter implements LiftFilter {

    /** The header that carries the X-Ray trace context. */
    public static final String TRACE_HEADER = "X-Amzn-Trace-Id";

    /** Tag holding the operation. */
    public static final String OPERATION_TAG = "lift.operation";

    /** Tag holding the validated tenant id. */
    public static final String TENANT_TAG = "lift.tenant_id";

    /** Tag holding whether the invocation was a cold start. */
    public static final String COLD_START_TAG = "lift.cold_start";

    /** Tag holding the request id (the AWS request id on Lambda). */
    public static final String REQUEST_ID_TAG = "lift.request_id";

    /** Tag holding the HTTP status the call ended with, when Lift knows it. */
    public static final String STATUS_TAG = "lift.status";

    /** Tag holding the name of the pattern that rejected the call. */
    public static final String REJECTED_BY_TAG = "lift.rejected_by";

    /** Tag holding the kind of failure (the rejection code, or the exception class). */
    public static final String ERROR_TYPE_TAG = "error.type";

    /** Event added when a pattern rejects the call. */
    public static final String REJECTED_EVENT = "lift.rejected";

    private static final List<String> ANNOTATIONS = List.of(OPERATION_TAG, COLD_START_TAG);

    private static final List<String> ANNOTATIONS_WITH_TENANT = List.of(OPERATION_TAG, COLD_START_TAG, TENANT_TAG);

    private static final Propagator.Getter<String> TRACE_HEADER_GETTER = (header,
            key) -> TRACE_HEADER.equalsIgnoreCase(key) ? header : null;

    private final Tracer tracer;

    private final Propagator propagator;

    private final boolean tagTenant;

    /**
     * @param tracer the tracer
     * @param propagator the propagator; it must understand {@value #TRACE_HEADER} for invocations
     *     to continue their X-Ray trace
     * @param tagTenant whether the tenant id is recorded on the span (and so becomes an annotation)
     */
    public TracingFilter(Tracer tracer, Propagator propagator, boolean tagTenant) {
        this.tracer = Objects.requireNonNull(tracer, "tracer");
        this.propagator = Objects.requireNonNull(propagator, "propagator");
        this.tagTenant = tagTenant;
    }

    @Override
    public Object filter(Invocation invocation, LiftFilterChain chain) throws Exception {
        Span span = start(invocation.context());
        try (Tracer.SpanInScope scope = this.tracer.withSpan(span)) {
            Object result = chain.proceed(invocation);
            if (result instanceof StatusResult status) {
                span.tag(STATUS_TAG, (long) status.status());
            }
            return result;
        }
        catch (LiftRejectedException ex) {
            span.event(REJECTED_EVENT);
            span.tag(REJECTED_BY_TAG, ex.pattern());
            span.tag(ERROR_TYPE_TAG, ex.code());
            span.tag(STATUS_TAG, (long) ex.status());
            span.error(ex);
            throw ex;
        }
        catch (Throwable ex) {
            span.tag(ERROR_TYPE_TAG, ex.getClass().getName());
            span.error(ex);
            throw ex;
        }
        finally {
            span.end();
        }
    }

    private Span start(LiftContext context) {
        String header = context.traceHeader();
        Span.Builder builder = (header != null && this.tracer.currentSpan() == null)
                ? this.propagator.extract(header, TRACE_HEADER_GETTER) : this.tracer.spanBuilder();
        Span span = builder.name(context.operation()).kind(Span.Kind.SERVER).start();
        span.tag(OPERATION_TAG, context.operation());
        span.tag(COLD_START_TAG, context.coldStart());
        span.tag(REQUEST_ID_TAG, context.requestId());
        boolean tenant = this.tagTenant && context.hasTenant();
        if (tenant) {
            span.tag(TENANT_TAG, context.tenantId());
        }
        span.tagOfStrings(XRaySegmentEncoder.ANNOTATIONS_ATTRIBUTE, tenant ? ANNOTATIONS_WITH_TENANT : ANNOTATIONS);
        return span;
    }

    @Override
    public int getOrder() {
        return LiftFilterOrder.TRACING;
    }

    @Override
    public String name() {
        return "tracing";
    }

}
