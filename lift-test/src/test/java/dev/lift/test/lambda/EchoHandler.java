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

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;

/** Answers with what the runtime client passed in {@link Context}; fails for the event {@code "fail"}. */
public class EchoHandler implements RequestStreamHandler {

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        String event = new String(input.readAllBytes(), StandardCharsets.UTF_8);
        if (event.equals("\"fail\"")) {
            throw new IllegalStateException("failed on purpose");
        }
        System.out.println("handled " + context.getAwsRequestId());
        String answer = String.join("|", context.getAwsRequestId(), String.valueOf(context.getTenantId()),
                String.valueOf(context.getXrayTraceId()), context.getInvokedFunctionArn(),
                Boolean.toString(context.getRemainingTimeInMillis() > 0), event);
        output.write(("\"" + answer.replace("\"", "'") + "\"").getBytes(StandardCharsets.UTF_8));
    }

}
