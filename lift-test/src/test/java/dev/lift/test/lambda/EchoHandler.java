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
