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

package dev.lift.autoconfigure.lambda;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lift.chain.Invocation;
import dev.lift.chain.LiftInvoker;
import dev.lift.chain.LiftResponse;
import dev.lift.chain.LiftTarget;
import dev.lift.context.LiftContext;
import dev.lift.context.LiftContextHolder;
import dev.lift.error.LiftRejectedException;
import dev.lift.lambda.ColdStart;
import dev.lift.lambda.SnapStartPriming;
import org.slf4j.MDC;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * What {@link LiftFunctionInvoker} does with each Lambda invocation: parse the event once, build the
 * invocation's {@link LiftContext} from Lambda's {@link Context}, run it through the
 * {@link LiftInvoker}, and turn a rejection into what the caller sees.
 *
 * <p>Lambda creates the handler, and Spring Cloud Function's {@code FunctionInvoker} starts the
 * application inside the handler's constructor without keeping the application context where a
 * subclass can reach it. So this bean hands itself to the handler through a static field, set once
 * when the application is ready and cleared when it closes. That is start-up state of the process,
 * like the application context itself; everything about an invocation stays in the invocation.
 */
final class LiftLambdaEntry implements SmartInitializingSingleton, DisposableBean {

    private static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);

    private static volatile LiftLambdaEntry current;

    private final LiftInvoker invoker;

    private final ObjectMapper mapper;

    private final ColdStart coldStart;

    private final String operation;

    /**
     * @param invoker runs invocations through the chain
     * @param mapper parses events and writes proxy responses
     * @param coldStart tells the first invocation of the environment
     * @param operation the operation of every invocation: the function definition
     */
    LiftLambdaEntry(LiftInvoker invoker, ObjectMapper mapper, ColdStart coldStart,
            String operation) {
        this.invoker = invoker;
        this.mapper = mapper;
        this.coldStart = coldStart;
        this.operation = operation;
    }

    /** @return the entry of the running application, or {@code null} when Lift is not active */
    static LiftLambdaEntry current() {
        return current;
    }

    @Override
    public void afterSingletonsInstantiated() {
        // Published once the application is ready: the handler's constructor returns after that.
        current = this;
    }

    @Override
    public void destroy() {
        if (current == this) {
            current = null;
        }
    }

    /** @return the operation of every invocation */
    String operation() {
        return this.operation;
    }

    /**
     * Runs one invocation through the chain and writes its answer.
     * @param event the event as received
     * @param output where the runtime reads the answer
     * @param context Lambda's context of the invocation
     * @param target calls the function with the event
     * @throws IOException when the answer cannot be written
     */
    void handle(byte[] event, OutputStream output, Context context, LiftTarget target) throws IOException {
        Map<String, String> mdcBefore = MDC.getCopyOfContextMap();
        try {
            LambdaRequest request = new LambdaRequest(event, parse(event), context);
            output.write(payloadOf(request, invoke(request, contextOf(context), target)));
        }
        finally {
            // Runtime threads are reused, several at once on Managed Instances: whatever this
            // invocation left on its thread (Lift context, MDC entries, interrupt flag) must not
            // reach the next one.
            LiftContextHolder.clear();
            restoreMdc(mdcBefore);
            Thread.interrupted();
        }
    }

    /**
     * Runs a synthetic invocation through every filter with {@code target} at its end, without
     * claiming the cold start, to warm the chain before a SnapStart checkpoint.
     * @param event a synthetic event
     * @param target stands in for the function
     * @return the payload the invocation produced
     * @throws Exception what the chain threw
     */
    byte[] prime(byte[] event, LiftTarget target) throws Exception {
        LambdaRequest request = new LambdaRequest(event, parse(event), null);
        LiftContext context = LiftContext.builder(SnapStartPriming.REQUEST_ID, this.operation)
                .attribute(SnapStartPriming.ATTRIBUTE, "true")
                .deadlineIn(10_000)
                .build();
        try {
            Invocation invocation = new Invocation(context, request, target);
            request.started(invocation);
            Object result = this.invoker.chain().execute(invocation);
            // The rejection path as well: its classes belong in the snapshot too.
            proxyResponse(LiftResponse.of(new PrimingRejection(), invocation));
            return payloadOf(request, result);
        }
        finally {
            LiftContextHolder.clear();
        }
    }

    /**
     * Wraps what the function wrote for {@code request}: a proxy response carries its status, and the
     * headers filters added to the invocation's answer (e.g. {@code RateLimit}).
     * @param invocation the invocation
     * @param request the invocation's request
     * @param payload what the function wrote
     * @return the response
     * @throws IOException when the headers cannot be added
     */
    LambdaResponse response(Invocation invocation, LambdaRequest request, byte[] payload) throws IOException {
        if (!request.isProxyEvent()) {
            return new LambdaResponse.Plain(payload);
        }
        JsonNode response = parse(payload);
        // API Gateway treats a response without a statusCode as 200.
        int status = (response != null) ? response.path("statusCode").asInt(200) : 200;
        Map<String, String> headers = invocation.responseHeaders();
        if (!headers.isEmpty() && response instanceof ObjectNode proxy && proxy.has("statusCode")) {
            JsonNode existing = proxy.get("headers");
            ObjectNode merged = (existing instanceof ObjectNode object) ? object : proxy.putObject("headers");
            headers.forEach(merged::put);
            payload = this.mapper.writeValueAsBytes(proxy);
        }
        return new LambdaResponse.Proxy(payload, status);
    }

    private Object invoke(LambdaRequest request, LiftContext.Builder context, LiftTarget target) throws IOException {
        try {
            return this.invoker.invoke(request, context, request, target);
        }
        catch (LiftRejectedException ex) {
            if (!request.isProxyEvent()) {
                // Lambda reports it as the invocation's error: errorType and errorMessage, no stack trace.
                throw ex;
            }
            return proxyResponse(LiftResponse.of(ex, request.invocation()));
        }
        catch (IOException | RuntimeException | Error ex) {
            throw ex;
        }
        catch (Exception ex) {
            // Lambda reports the exception's own type as errorType; wrapping it would hide it.
            throw LiftLambdaEntry.<RuntimeException>rethrow(ex);
        }
    }

    private LiftContext.Builder contextOf(Context context) {
        if (context == null) {
            // Only when called outside Lambda, e.g. by a test harness passing no context.
            return LiftContext.builder(UUID.randomUUID().toString(), this.operation).coldStart(this.coldStart.next());
        }
        // The trace header comes from this invocation's Context, never from the process-wide
        // system property the runtime client sets: invocations may run concurrently.
        return LiftContext.builder(context.getAwsRequestId(), this.operation)
                .deadlineIn(context.getRemainingTimeInMillis())
                .traceHeader(context.getXrayTraceId())
                .coldStart(this.coldStart.next());
    }

    /** Writes Lift's answer to an API Gateway proxy event as a proxy response. */
    private LambdaResponse.Proxy proxyResponse(LiftResponse answer) throws JsonProcessingException {
        ObjectNode response = this.mapper.createObjectNode();
        response.put("statusCode", answer.status());
        ObjectNode headers = response.putObject("headers");
        if (answer.hasBody()) {
            headers.put("Content-Type", answer.contentType());
        }
        answer.headers().forEach(headers::put);
        boolean text = answer.isText() || !answer.hasBody();
        response.put("body", text ? new String(answer.body(), StandardCharsets.UTF_8)
                : Base64.getEncoder().encodeToString(answer.body()));
        response.put("isBase64Encoded", !text);
        return new LambdaResponse.Proxy(this.mapper.writeValueAsBytes(response), answer.status());
    }

    /**
     * The payload of an invocation: the function's answer, or Lift's in its place.
     * @param request the invocation's request
     * @param result what the chain returned
     * @return the payload
     */
    private byte[] payloadOf(LambdaRequest request, Object result) throws JsonProcessingException {
        if (result instanceof LambdaResponse response) {
            return response.payload();
        }
        // A filter (a fallback, say) answered in place of the function.
        LiftResponse answer = LiftResponse.replacing(result, request.invocation(), this.mapper);
        if (request.isProxyEvent()) {
            return proxyResponse(answer).payload();
        }
        // No status or headers outside API Gateway: the body alone; no content is JSON null, as a
        // Lambda handler returning null answers.
        return answer.hasBody() ? answer.body() : NULL;
    }

    private JsonNode parse(byte[] bytes) {
        try {
            return this.mapper.readTree(bytes);
        }
        catch (IOException ex) {
            // Not JSON: an event Lift cannot read, handed to the function as it came.
            return null;
        }
    }

    private static void restoreMdc(Map<String, String> before) {
        if (before == null) {
            MDC.clear();
        }
        else {
            MDC.setContextMap(before);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T rethrow(Throwable ex) throws T {
        throw (T) ex;
    }

    /** Renders the rejection path once during priming. */
    private static final class PrimingRejection extends LiftRejectedException {

        PrimingRejection() {
            super("SnapStart priming", 503, Duration.ofSeconds(1), "priming");
        }

        @Override
        public String code() {
            return "priming";
        }

    }

}
