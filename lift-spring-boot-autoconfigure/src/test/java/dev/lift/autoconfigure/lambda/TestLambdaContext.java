package dev.lift.autoconfigure.lambda;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;

/** A Lambda {@link Context} with fixed values, as the runtime client builds one per invocation. */
record TestLambdaContext(String requestId, String tenantId, String traceId, int remainingMillis) implements Context {

    @Override
    public String getAwsRequestId() {
        return this.requestId;
    }

    @Override
    public String getTenantId() {
        return this.tenantId;
    }

    @Override
    public String getXrayTraceId() {
        return this.traceId;
    }

    @Override
    public int getRemainingTimeInMillis() {
        return this.remainingMillis;
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/test";
    }

    @Override
    public String getLogStreamName() {
        return "stream";
    }

    @Override
    public String getFunctionName() {
        return "test";
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return "arn:aws:lambda:us-east-1:123456789012:function:test";
    }

    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public ClientContext getClientContext() {
        return null;
    }

    @Override
    public int getMemoryLimitInMB() {
        return 512;
    }

    @Override
    public LambdaLogger getLogger() {
        return null;
    }

}
