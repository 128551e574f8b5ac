/**
 * Auto-configuration of Lift's tracing: invocation spans on Micrometer Tracing, X-Ray ids and
 * propagation, and the X-Ray daemon exporter.
 */
package dev.lift.autoconfigure.tracing;
