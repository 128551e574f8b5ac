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

import java.util.Objects;

import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;

/**
 * Records every retry of a resilience4j {@link Retry} as a {@value #RETRY_EVENT} event on the
 * current span (the invocation's span while Lift's retry runs inside the tracing filter), with the
 * attempt count so far in {@value #RETRY_ATTEMPTS_TAG}.
 *
 * <p>resilience4j publishes retry events on the thread that retries, so the current span is the
 * one of the retried invocation.
 */
public final class RetrySpanEvents {

    /** Event added before each retry. */
    public static final String RETRY_EVENT = "lift.retry";

    /** Tag holding the number of retries made so far. */
    public static final String RETRY_ATTEMPTS_TAG = "lift.retry.attempts";

    private final Tracer tracer;

    /**
     * @param tracer the tracer whose current span receives the events
     */
    public RetrySpanEvents(Tracer tracer) {
        this.tracer = Objects.requireNonNull(tracer, "tracer");
    }

    /**
     * Subscribes to the retries of a registry, those it holds and those created later.
     * @param registry the registry
     */
    public void bindTo(RetryRegistry registry) {
        registry.getAllRetries().forEach(this::bindTo);
        registry.getEventPublisher().onEntryAdded((event) -> bindTo(event.getAddedEntry()));
    }

    /**
     * Subscribes to one retry.
     * @param retry the retry
     */
    public void bindTo(Retry retry) {
        retry.getEventPublisher().onRetry((event) -> {
            Span span = this.tracer.currentSpan();
            if (span != null) {
                span.event(RETRY_EVENT);
                span.tag(RETRY_ATTEMPTS_TAG, (long) event.getNumberOfRetryAttempts());
            }
        });
    }

}
