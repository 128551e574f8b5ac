/**
 * Lift's JSON log format for Spring Boot's structured logging, the environment post-processor that
 * makes it the default on Lambda, and the auto-configuration of per-invocation logging.
 */
package dev.lift.autoconfigure.logging;
