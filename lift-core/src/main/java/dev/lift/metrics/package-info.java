/**
 * Metrics of Lift invocations: the per-invocation {@link dev.lift.metrics.MetricsFilter}, the bounded
 * {@link dev.lift.metrics.TenantDimension}, and {@link dev.lift.metrics.EmfMeterRegistry}, a
 * Micrometer registry that writes CloudWatch Embedded Metric Format to standard output.
 */
package dev.lift.metrics;
