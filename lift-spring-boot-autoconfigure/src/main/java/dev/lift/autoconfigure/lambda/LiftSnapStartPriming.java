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
import java.nio.charset.StandardCharsets;

import dev.lift.chain.Invocation;
import dev.lift.lambda.ColdStart;
import dev.lift.lambda.SnapStartAware;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.cloud.function.adapter.aws.AWSLambdaUtils;
import org.springframework.cloud.function.context.FunctionCatalog;
import org.springframework.cloud.function.context.catalog.SimpleFunctionRegistry.FunctionInvocationWrapper;
import org.springframework.cloud.function.json.JsonMapper;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Prepares a Lift application for a SnapStart snapshot and for life after each restore.
 *
 * <p>Before the checkpoint it runs one synthetic API Gateway event through the whole Lambda entry
 * and every filter, and through the function's serialization path (Spring Cloud Function's message
 * conversion and JSON reading and writing), so that the snapshot holds loaded classes and warm code
 * instead of paying for them in the first invocation after every restore. The user's function
 * itself is not called: it may have effects outside the process. The invocation carries
 * {@link dev.lift.lambda.SnapStartPriming#ATTRIBUTE} so that filters skip their own external effects.
 *
 * <p>After a restore it makes the next invocation a cold start again where the environment can have
 * one, and lets every {@link SnapStartAware} bean drop time-based state. Priming never fails the
 * checkpoint: a priming problem is logged and the snapshot is taken anyway.
 */
final class LiftSnapStartPriming implements Resource, SmartInitializingSingleton {

    private static final Log logger = LogFactory.getLog(LiftSnapStartPriming.class);

    /** An HTTP API (v2) proxy event with an empty JSON body and no tenant. */
    static final byte[] PRIMING_EVENT = ("{\"version\":\"2.0\",\"routeKey\":\"POST /\",\"rawPath\":\"/\","
            + "\"headers\":{\"content-type\":\"application/json\"},"
            + "\"requestContext\":{\"http\":{\"method\":\"POST\",\"path\":\"/\"},\"requestId\":\"priming\"},"
            + "\"body\":\"{}\",\"isBase64Encoded\":false}").getBytes(StandardCharsets.UTF_8);

    private final LiftLambdaEntry entry;

    private final ColdStart coldStart;

    private final ObjectProvider<SnapStartAware> snapStartAware;

    private final ObjectProvider<FunctionCatalog> functionCatalog;

    private final ObjectProvider<JsonMapper> jsonMapper;

    LiftSnapStartPriming(LiftLambdaEntry entry, ColdStart coldStart, ObjectProvider<SnapStartAware> snapStartAware,
            ObjectProvider<FunctionCatalog> functionCatalog, ObjectProvider<JsonMapper> jsonMapper) {
        this.entry = entry;
        this.coldStart = coldStart;
        this.snapStartAware = snapStartAware;
        this.functionCatalog = functionCatalog;
        this.jsonMapper = jsonMapper;
    }

    @Override
    public void afterSingletonsInstantiated() {
        // The global context may hold resources weakly: this singleton keeps itself reachable.
        Core.getGlobalContext().register(this);
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        prime();
        this.snapStartAware.orderedStream().forEach(SnapStartAware::beforeCheckpoint);
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        this.coldStart.reset();
        this.snapStartAware.orderedStream().forEach(SnapStartAware::afterRestore);
    }

    /**
     * Runs the priming invocation.
     * @return whether it went through the chain without an error
     */
    boolean prime() {
        if (LiftLambdaEntry.current() != this.entry) {
            logger.debug("Lift is not active on the Lambda entry; nothing to prime");
            return false;
        }
        try {
            this.entry.prime(PRIMING_EVENT, this::serialize);
            return true;
        }
        catch (Exception ex) {
            logger.warn("Priming the Lift chain before the SnapStart checkpoint failed; the snapshot is "
                    + "taken without it", ex);
            return false;
        }
    }

    /**
     * Stands in for the function: converts the event as Spring Cloud Function would for the
     * function's input and output types, without calling the function.
     */
    private Object serialize(Invocation invocation) throws IOException {
        LambdaRequest request = (LambdaRequest) invocation.request();
        FunctionCatalog catalog = this.functionCatalog.getIfAvailable();
        JsonMapper mapper = this.jsonMapper.getIfAvailable();
        FunctionInvocationWrapper function = (catalog != null)
                ? catalog.lookup(this.entry.operation(), "application/json") : null;
        if (function == null || mapper == null) {
            return this.entry.response(invocation, request, request.bytes());
        }
        Message<byte[]> message = AWSLambdaUtils.generateMessage(request.bytes(), function.getInputType(),
                function.isSupplier(), mapper, null);
        Object input = function.isSupplier() ? null : convert(mapper, message, function);
        // The function's output arrives as a JSON message (it was looked up for application/json).
        Message<byte[]> output = MessageBuilder.withPayload(mapper.toJson((input != null) ? input : "")).build();
        byte[] answer = AWSLambdaUtils.generateOutputFromObject(message, output, mapper, function.getOutputType());
        return this.entry.response(invocation, request, answer);
    }

    private static Object convert(JsonMapper mapper, Message<byte[]> message, FunctionInvocationWrapper function) {
        try {
            return mapper.fromJson(message.getPayload(), function.getItemType(function.getInputType()));
        }
        catch (RuntimeException ex) {
            // The synthetic body need not fit the function's input type; the reading code is warm anyway.
            return null;
        }
    }

}
