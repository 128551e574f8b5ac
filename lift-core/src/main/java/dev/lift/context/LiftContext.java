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

package dev.lift.context;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What Lift knows about one invocation: request id, tenant, operation, deadline, priority,
 * cold start and trace header, plus free-form attributes.
 *
 * <p>One immutable value per invocation. During the invocation it is the current context of the
 * thread that runs it ({@link #current()}), it is in the SLF4J MDC, and it crosses to other
 * threads through Micrometer's context-propagation library (see
 * {@link LiftContextThreadLocalAccessor}).
 */
public final class LiftContext {

    /** Priority of a call when nothing says otherwise. Higher values are more important. */
    public static final int DEFAULT_PRIORITY = 0;

    private static final long NO_DEADLINE = Long.MAX_VALUE;

    private final String requestId;
    private final String tenantId;
    private final String operation;
    private final long deadlineNanos;
    private final int priority;
    private final boolean coldStart;
    private final String traceHeader;
    private final Map<String, String> attributes;

    private LiftContext(LiftContext source, long deadlineNanos) {
        this.requestId = source.requestId;
        this.tenantId = source.tenantId;
        this.operation = source.operation;
        this.deadlineNanos = deadlineNanos;
        this.priority = source.priority;
        this.coldStart = source.coldStart;
        this.traceHeader = source.traceHeader;
        this.attributes = source.attributes;
    }

    private LiftContext(Builder builder) {
        this.requestId = builder.requestId;
        this.tenantId = builder.tenantId;
        this.operation = builder.operation;
        this.deadlineNanos = builder.deadlineNanos;
        this.priority = builder.priority;
        this.coldStart = builder.coldStart;
        this.traceHeader = builder.traceHeader;
        this.attributes = (builder.attributes == null) ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(builder.attributes));
    }

    /**
     * The context of the invocation running on this thread.
     * @return the current context, empty outside an invocation
     */
    public static Optional<LiftContext> current() {
        return Optional.ofNullable(LiftContextHolder.get());
    }

    /**
     * Starts a context.
     * @param requestId the request id (the AWS request id on Lambda)
     * @param operation the operation, usually the function name
     * @return a builder
     */
    public static Builder builder(String requestId, String operation) {
        return new Builder(requestId, operation);
    }

    /** @return a builder holding this context's values */
    public Builder toBuilder() {
        Builder builder = new Builder(this.requestId, this.operation);
        builder.tenantId = this.tenantId;
        builder.deadlineNanos = this.deadlineNanos;
        builder.priority = this.priority;
        builder.coldStart = this.coldStart;
        builder.traceHeader = this.traceHeader;
        if (!this.attributes.isEmpty()) {
            builder.attributes = new LinkedHashMap<>(this.attributes);
        }
        return builder;
    }

    /**
     * This context with a deadline no later than {@code deadlineNanos}: how a filter such as the
     * timeout tells everything inside it (retries, the function) how much time is really left.
     * @param deadlineNanos the deadline on the {@link System#nanoTime()} scale
     * @return a context with the earlier of both deadlines
     */
    public LiftContext withDeadlineNotAfter(long deadlineNanos) {
        return (hasDeadline() && this.deadlineNanos - deadlineNanos <= 0) ? this : new LiftContext(this, deadlineNanos);
    }

    /** @return the request id (the AWS request id on Lambda) */
    public String requestId() {
        return this.requestId;
    }

    /** @return the validated tenant id, or {@code null} when the call has no tenant */
    public String tenantId() {
        return this.tenantId;
    }

    /** @return whether the call has a tenant */
    public boolean hasTenant() {
        return this.tenantId != null;
    }

    /** @return the operation, usually the function name */
    public String operation() {
        return this.operation;
    }

    /** @return whether the invocation has a deadline */
    public boolean hasDeadline() {
        return this.deadlineNanos != NO_DEADLINE;
    }

    /** @return the deadline on the {@link System#nanoTime()} scale, {@link Long#MAX_VALUE} for none */
    public long deadlineNanos() {
        return this.deadlineNanos;
    }

    /** @return nanoseconds left before the deadline (negative once passed), {@link Long#MAX_VALUE} for none */
    public long remainingNanos() {
        return hasDeadline() ? this.deadlineNanos - System.nanoTime() : Long.MAX_VALUE;
    }

    /** @return the priority; higher values are more important */
    public int priority() {
        return this.priority;
    }

    /** @return whether this invocation is the first of a freshly started environment */
    public boolean coldStart() {
        return this.coldStart;
    }

    /** @return the X-Ray trace header ({@code Root=...;Parent=...;Sampled=...}), or {@code null} */
    public String traceHeader() {
        return this.traceHeader;
    }

    /** @return user attributes, never {@code null} */
    public Map<String, String> attributes() {
        return this.attributes;
    }

    @Override
    public String toString() {
        // The tenant id is validated, but still kept out of toString: it may end in exception messages.
        return "LiftContext[requestId=" + this.requestId + ", operation=" + this.operation + ", tenant="
                + (hasTenant() ? "present" : "none") + ", priority=" + this.priority + ", coldStart="
                + this.coldStart + "]";
    }

    /** Builds a {@link LiftContext}. */
    public static final class Builder {

        private final String requestId;
        private final String operation;
        private String tenantId;
        private long deadlineNanos = NO_DEADLINE;
        private int priority = DEFAULT_PRIORITY;
        private boolean coldStart;
        private String traceHeader;
        // Made on the first attribute: most calls have none, and every call builds a context.
        private Map<String, String> attributes;

        private Builder(String requestId, String operation) {
            this.requestId = Objects.requireNonNull(requestId, "requestId");
            this.operation = Objects.requireNonNull(operation, "operation");
        }

        /**
         * @param tenantId a validated tenant id, or {@code null} for none
         * @return this builder
         */
        public Builder tenantId(String tenantId) {
            this.tenantId = tenantId;
            return this;
        }

        /**
         * @param remainingMillis time left for the invocation, e.g. Lambda's remaining time
         * @return this builder
         */
        public Builder deadlineIn(long remainingMillis) {
            this.deadlineNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(remainingMillis);
            return this;
        }

        /**
         * @param deadlineNanos the deadline on the {@link System#nanoTime()} scale
         * @return this builder
         */
        public Builder deadlineNanos(long deadlineNanos) {
            this.deadlineNanos = deadlineNanos;
            return this;
        }

        /**
         * @param priority the priority; higher values are more important
         * @return this builder
         */
        public Builder priority(int priority) {
            this.priority = priority;
            return this;
        }

        /**
         * @param coldStart whether this is the first invocation of a fresh environment
         * @return this builder
         */
        public Builder coldStart(boolean coldStart) {
            this.coldStart = coldStart;
            return this;
        }

        /**
         * @param traceHeader the X-Ray trace header, or {@code null}
         * @return this builder
         */
        public Builder traceHeader(String traceHeader) {
            this.traceHeader = traceHeader;
            return this;
        }

        /**
         * @param name attribute name
         * @param value attribute value
         * @return this builder
         */
        public Builder attribute(String name, String value) {
            if (this.attributes == null) {
                this.attributes = new LinkedHashMap<>();
            }
            this.attributes.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** @return the context */
        public LiftContext build() {
            return new LiftContext(this);
        }

    }

}
