/**
 * Tracing for Lift invocations: a span per invocation through Micrometer Tracing
 * ({@link dev.lift.tracing.TracingFilter}), and an OpenTelemetry exporter that sends spans to the
 * X-Ray daemon as segment documents over UDP ({@link dev.lift.tracing.XRayUdpSpanExporter}).
 */
package dev.lift.tracing;
