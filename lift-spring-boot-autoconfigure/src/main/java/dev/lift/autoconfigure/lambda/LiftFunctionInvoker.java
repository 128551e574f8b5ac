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

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import com.amazonaws.services.lambda.runtime.Context;
import dev.lift.chain.Invocation;
import dev.lift.chain.LiftTarget;

import org.springframework.cloud.function.adapter.aws.FunctionInvoker;

/**
 * The Lambda handler of a Lift application:
 * {@code dev.lift.autoconfigure.lambda.LiftFunctionInvoker::handleRequest}. It is Spring Cloud
 * Function's {@link FunctionInvoker} (which starts the application and calls the function) with
 * Lift's chain around every invocation: tenant, context from Lambda's {@link Context}, every
 * filter, and rejections turned into API Gateway proxy responses or Lambda errors.
 *
 * <p>The chain runs here, at the entry point, rather than around the function bean, so that it runs
 * exactly once for every invocation whatever the input type, the concurrency or the outcome of the
 * previous call. With Lift switched off ({@code lift.enabled=false}) the handler is exactly
 * {@code FunctionInvoker}.
 */
public class LiftFunctionInvoker extends FunctionInvoker {

    // One stateless target per handler: the invocation carries everything a call needs.
    private final LiftTarget function = this::callFunction;

    /** Starts the application and locates the function named by {@code spring.cloud.function.definition}. */
    public LiftFunctionInvoker() {
        super();
    }

    /**
     * Starts the application and locates a function.
     * @param functionDefinition the function definition
     */
    public LiftFunctionInvoker(String functionDefinition) {
        super(functionDefinition);
    }

    /**
     * Handles one Lambda invocation.
     * @param input the event
     * @param output where the answer goes
     * @param context Lambda's context of this invocation
     * @throws IOException when the event cannot be read or the answer written
     */
    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        LiftLambdaEntry entry = LiftLambdaEntry.current();
        if (entry == null) {
            super.handleRequest(input, output, context);
            return;
        }
        entry.handle(input.readAllBytes(), output, context, this.function);
    }

    private Object callFunction(Invocation invocation) throws IOException {
        LambdaRequest request = (LambdaRequest) invocation.request();
        // Buffered, so that a retried call starts again from the whole event and a rejected one
        // never leaves a partial answer in the runtime's output.
        ByteArrayOutputStream answer = new ByteArrayOutputStream(256);
        super.handleRequest(new ByteArrayInputStream(request.bytes()), answer, request.context());
        return LiftLambdaEntry.current().response(invocation, request, answer.toByteArray());
    }

}
