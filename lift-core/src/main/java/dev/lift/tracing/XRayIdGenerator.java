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

package dev.lift.tracing;

import java.util.concurrent.ThreadLocalRandom;

import io.opentelemetry.api.trace.TraceId;
import io.opentelemetry.sdk.trace.IdGenerator;

/**
 * Trace ids that X-Ray accepts: the first 8 hex digits are the epoch second the trace started in,
 * the other 24 are random, as X-Ray's own SDKs make them (X-Ray refuses traces whose second is more
 * than 30 days old). Span ids are OpenTelemetry's random ones.
 *
 * <p>The same rule as {@code AwsXrayIdGenerator} of opentelemetry-java-contrib's
 * {@code opentelemetry-aws-xray}, kept in Lift because it is a few lines and that module's future in
 * contrib is uncertain.
 */
public final class XRayIdGenerator implements IdGenerator {

    private static final XRayIdGenerator INSTANCE = new XRayIdGenerator();

    private static final IdGenerator RANDOM = IdGenerator.random();

    private XRayIdGenerator() {
    }

    /** @return the generator (it has no state) */
    public static XRayIdGenerator getInstance() {
        return INSTANCE;
    }

    @Override
    public String generateSpanId() {
        return RANDOM.generateSpanId();
    }

    @Override
    public String generateTraceId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long epochSecond = System.currentTimeMillis() / 1000;
        // Never all zeros: the epoch second alone is non-zero.
        return TraceId.fromLongs((epochSecond << 32) | (random.nextInt() & 0xFFFF_FFFFL), random.nextLong());
    }

    @Override
    public String toString() {
        return "XRayIdGenerator";
    }

}
