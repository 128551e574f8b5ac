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

package dev.lift.test.lambda;

import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

/**
 * One invocation as the Lambda service hands it to the runtime: the event body and the values that
 * travel in the {@code Lambda-Runtime-*} headers of {@code GET /runtime/invocation/next}.
 *
 * @param body the event JSON
 * @param requestId the AWS request id ({@code Lambda-Runtime-Aws-Request-Id})
 * @param timeout the time the invocation may take; the deadline header is now plus this
 * @param traceId the X-Ray trace header ({@code Lambda-Runtime-Trace-Id}), or {@code null}
 * @param tenantId the tenant of tenant isolation mode ({@code Lambda-Runtime-Aws-Tenant-Id}), or
 *     {@code null}
 */
public record LambdaEvent(String body, String requestId, Duration timeout, String traceId, String tenantId) {

    /** The timeout of an event created by {@link #of(String)}. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    /**
     * Creates an event.
     * @param body the event JSON
     * @param requestId the AWS request id
     * @param timeout the time the invocation may take
     * @param traceId the X-Ray trace header, or {@code null}
     * @param tenantId the Lambda tenant id, or {@code null}
     */
    public LambdaEvent {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(timeout, "timeout");
    }

    /**
     * An event with a fresh request id, the default timeout, a fresh trace header and no tenant.
     * @param body the event JSON
     * @return the event
     */
    public static LambdaEvent of(String body) {
        return new LambdaEvent(body, UUID.randomUUID().toString(), DEFAULT_TIMEOUT, newTraceHeader(), null);
    }

    /**
     * @param requestId the AWS request id
     * @return a copy with that request id
     */
    public LambdaEvent withRequestId(String requestId) {
        return new LambdaEvent(this.body, requestId, this.timeout, this.traceId, this.tenantId);
    }

    /**
     * @param timeout the time the invocation may take
     * @return a copy with that timeout
     */
    public LambdaEvent withTimeout(Duration timeout) {
        return new LambdaEvent(this.body, this.requestId, timeout, this.traceId, this.tenantId);
    }

    /**
     * @param traceId the X-Ray trace header, or {@code null} for none
     * @return a copy with that trace header
     */
    public LambdaEvent withTraceId(String traceId) {
        return new LambdaEvent(this.body, this.requestId, this.timeout, traceId, this.tenantId);
    }

    /**
     * @param tenantId the Lambda tenant id, or {@code null} for none
     * @return a copy with that tenant
     */
    public LambdaEvent withTenantId(String tenantId) {
        return new LambdaEvent(this.body, this.requestId, this.timeout, this.traceId, tenantId);
    }

    /**
     * A syntactically valid X-Ray trace header with a fresh root, as Lambda sends it.
     * @return {@code Root=1-<8 hex>-<24 hex>;Parent=<16 hex>;Sampled=1}
     */
    public static String newTraceHeader() {
        String epoch = String.format("%08x", System.currentTimeMillis() / 1000);
        String random = UUID.randomUUID().toString().replace("-", "");
        return "Root=1-" + epoch + "-" + random.substring(0, 24) + ";Parent=" + random.substring(16, 32)
                + ";Sampled=1";
    }

}
