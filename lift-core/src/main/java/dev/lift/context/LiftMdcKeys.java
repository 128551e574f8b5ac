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

/**
 * MDC keys Lift sets during an invocation. The names match Powertools for AWS Lambda (Java) where
 * they overlap, so existing CloudWatch Logs Insights queries keep working.
 */
public final class LiftMdcKeys {

    /** The AWS request id, or the HTTP request id. */
    public static final String REQUEST_ID = "function_request_id";

    /** The validated tenant id. */
    public static final String TENANT_ID = "tenant_id";

    /** The operation (function name). */
    public static final String OPERATION = "operation";

    /** Whether the invocation is a cold start. */
    public static final String COLD_START = "cold_start";

    /** The X-Ray trace header of the invocation. */
    public static final String TRACE_ID = "xray_trace_id";

    private LiftMdcKeys() {
    }

}
