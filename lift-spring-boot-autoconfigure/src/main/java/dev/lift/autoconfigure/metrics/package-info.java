/**
 * Auto-configuration of Lift's metrics: the metrics filter and the registry chosen by
 * {@code lift.metrics.exporter} (EMF on Lambda, the CloudWatch API for long-running applications).
 */
package dev.lift.autoconfigure.metrics;
