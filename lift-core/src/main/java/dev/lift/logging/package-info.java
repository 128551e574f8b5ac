/**
 * Per-invocation logging: DEBUG sampling and the invocation summary line
 * ({@link dev.lift.logging.InvocationLoggingFilter}). The JSON format lives with Spring Boot's
 * structured logging, in {@code dev.lift.autoconfigure.logging}.
 */
package dev.lift.logging;
