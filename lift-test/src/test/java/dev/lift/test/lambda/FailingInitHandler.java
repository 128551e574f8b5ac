package dev.lift.test.lambda;

import java.io.InputStream;
import java.io.OutputStream;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;

/** A handler whose initialisation fails, so that the runtime client reports an init error. */
public class FailingInitHandler implements RequestStreamHandler {

    public FailingInitHandler() {
        throw new IllegalStateException("init failed on purpose");
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) {
    }

}
