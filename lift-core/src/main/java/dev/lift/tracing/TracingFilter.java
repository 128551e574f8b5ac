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
import io.micrometer.tracing.otel.bridge.OtelSpan;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;

/**
 * Opens one span per invocation, named after the operation, and keeps it current while the rest of
 * the chain and the function run.
 *
 * <p>The span continues the current span when there is one (an HTTP server span), otherwise the
 * invocation's X-Ray trace header ({@link LiftContext#traceHeader()}: on Lambda, the segment Lambda
 * created), otherwise it starts a trace. Operation, cold start and, when enabled, the tenant are
 * tagged and listed in {@value XRayAnnotations#ANNOTATIONS_ATTRIBUTE}, so they become searchable
 * X-Ray annotations. A rejection adds a {@value #REJECTED_EVENT} event naming the pattern; a failure
 * marks the span as an error.
 *
 * <p>The span is made with the OpenTelemetry API that Micrometer Tracing's OpenTelemetry bridge
 * sits on. A sampled span is then made current through the bridge, exactly as the bridge's own
 * spans are, so that Micrometer Tracing, observations and Spring Boot's log correlation all see it.
 * A span that is not sampled records nothing: it gets no attributes and is made current in
 * OpenTelemetry's context only, which carries its trace (ids, the not-sampled flag) to log
 * correlation and outgoing calls, and skips the bridge's wrappers, baggage merge and context
 * copies, which cost more than the span itself. (Under a scope the bridge opened, such as Spring
 * MVC's server observation, Micrometer Tracing then still reports that scope's span as current:
 * equally not sampled, and in the same trace.)
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

    private static final AttributeKey<String> OPERATION = AttributeKey.stringKey(OPERATION_TAG);

    private static final AttributeKey<String> TENANT = AttributeKey.stringKey(TENANT_TAG);

    private static final AttributeKey<Boolean> COLD_START = AttributeKey.booleanKey(COLD_START_TAG);

    private static final AttributeKey<String> REQUEST_ID = AttributeKey.stringKey(REQUEST_ID_TAG);

    private static final AttributeKey<Long> STATUS = AttributeKey.longKey(STATUS_TAG);

    private static final AttributeKey<String> REJECTED_BY = AttributeKey.stringKey(REJECTED_BY_TAG);

    private static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey(ERROR_TYPE_TAG);

    private static final AttributeKey<List<String>> ANNOTATIONS = AttributeKey
        .stringArrayKey(XRayAnnotations.ANNOTATIONS_ATTRIBUTE);

    private static final List<String> ANNOTATED = List.of(OPERATION_TAG, COLD_START_TAG);

    private static final List<String> ANNOTATED_WITH_TENANT = List.of(OPERATION_TAG, COLD_START_TAG, TENANT_TAG);

    private static final TextMapGetter<String> TRACE_HEADER_GETTER = new TextMapGetter<>() {

        @Override
        public Iterable<String> keys(String header) {
            return List.of(TRACE_HEADER);
        }

        @Override
        public String get(String header, String key) {
            return TRACE_HEADER.equalsIgnoreCase(key) ? header : null;
        }

    };

    private final io.micrometer.tracing.Tracer bridge;

    private final Tracer tracer;

    private final TextMapPropagator propagator;

    private final boolean tagTenant;

    /**
     * @param bridge Micrometer Tracing's OpenTelemetry bridge ({@code OtelTracer}), through which
     *     sampled spans are made current
     * @param tracer the OpenTelemetry tracer the bridge uses
     * @param propagator the propagator; it must understand {@value #TRACE_HEADER} for invocations
     *     to continue their X-Ray trace
     * @param tagTenant whether the tenant id is recorded on the span (and so becomes an annotation)
     */
    public TracingFilter(io.micrometer.tracing.Tracer bridge, Tracer tracer, TextMapPropagator propagator,
            boolean tagTenant) {
        this.bridge = Objects.requireNonNull(bridge, "bridge");
        this.tracer = Objects.requireNonNull(tracer, "tracer");
        this.propagator = Objects.requireNonNull(propagator, "propagator");
        this.tagTenant = tagTenant;
    }

    @Override
    public Object filter(Invocation invocation, LiftFilterChain chain) throws Exception {
        LiftContext context = invocation.context();
        Context parent = parent(context);
        Span span = this.tracer.spanBuilder(context.operation())
            .setParent(parent)
            .setSpanKind(SpanKind.SERVER)
            .startSpan();
        boolean recording = span.isRecording();
        if (recording) {
            tag(span, context);
        }
        try (AutoCloseable scope = makeCurrent(span, parent, recording)) {
            Object result = chain.proceed(invocation);
            if (recording && result instanceof StatusResult status) {
                span.setAttribute(STATUS, (long) status.status());
            }
            return result;
        }
        catch (LiftRejectedException ex) {
            if (recording) {
                span.addEvent(REJECTED_EVENT);
                span.setAttribute(REJECTED_BY, ex.pattern());
                span.setAttribute(ERROR_TYPE, ex.code());
                span.setAttribute(STATUS, (long) ex.status());
                error(span, ex);
            }
            throw ex;
        }
        catch (Throwable ex) {
            if (recording) {
                span.setAttribute(ERROR_TYPE, ex.getClass().getName());
                error(span, ex);
            }
            throw ex;
        }
        finally {
            span.end();
        }
    }

    /**
     * Makes the span current: through the bridge when it is sampled, so that Micrometer Tracing's
     * view is the bridge's own; in OpenTelemetry's context only when it records nothing.
     */
    private AutoCloseable makeCurrent(Span span, Context parent, boolean recording) {
        if (recording) {
            return this.bridge.withSpan(OtelSpan.fromOtel(span, parent));
        }
        return parent.with(span).makeCurrent();
    }

    /** The current context, or, when it holds no span, the trace the invocation's header names. */
    private Context parent(LiftContext context) {
        Context current = Context.current();
        String header = context.traceHeader();
        if (header == null || Span.fromContext(current).getSpanContext().isValid()) {
            return current;
        }
        return this.propagator.extract(current, header, TRACE_HEADER_GETTER);
    }

    private void tag(Span span, LiftContext context) {
        span.setAttribute(OPERATION, context.operation());
        span.setAttribute(COLD_START, context.coldStart());
        span.setAttribute(REQUEST_ID, context.requestId());
        boolean tenant = this.tagTenant && context.hasTenant();
        if (tenant) {
            span.setAttribute(TENANT, context.tenantId());
        }
        span.setAttribute(ANNOTATIONS, tenant ? ANNOTATED_WITH_TENANT : ANNOTATED);
    }

    /** As Micrometer Tracing's {@code Span.error}: the exception as an event, and the error status. */
    private static void error(Span span, Throwable ex) {
        span.recordException(ex);
        span.setStatus(StatusCode.ERROR, ex.getMessage());
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
