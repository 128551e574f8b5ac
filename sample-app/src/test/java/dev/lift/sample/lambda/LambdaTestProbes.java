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

package dev.lift.sample.lambda;

import java.time.Duration;
import java.util.function.Function;

import dev.lift.chain.Invocation;
import dev.lift.chain.LiftFilter;
import dev.lift.chain.LiftFilterChain;
import dev.lift.chain.LiftFilterOrder;
import dev.lift.context.LiftContext;
import dev.lift.error.LiftRejectedException;
import dev.lift.tenancy.LiftRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Test-only filters that the end-to-end tests switch on in the Lambda child JVM by system property:
 * a filter that rejects on request, the way a rate limiter or an open circuit would, and a probe that
 * shows what an invocation finds on its runtime thread. Only these classes are added to the child's
 * classpath (see {@link SampleLambda}), where the sample's component scan finds them.
 */
@Configuration(proxyBeanMethods = false)
public class LambdaTestProbes {

    /** The header of an API Gateway event asking {@link #rejectingFilter()} for a rejection status. */
    static final String REJECT_HEADER = "X-Test-Reject";

    /** The header of an API Gateway event asking {@link #answeringFilter()} to answer: "null" or "text". */
    static final String ANSWER_HEADER = "X-Test-Answer";

    /** Longer than any timeout the tests set: a call only ends early when the interrupt ends it. */
    static final Duration POLITE_WORK = Duration.ofSeconds(10);

    @Bean
    @ConditionalOnBooleanProperty("lift-it.rejecting-filter")
    LiftFilter rejectingFilter() {
        return new LiftFilter() {

            @Override
            public Object filter(Invocation invocation, LiftFilterChain chain) throws Exception {
                String status = ((LiftRequest) invocation.request()).header(REJECT_HEADER);
                if (status != null) {
                    throw new TestRejection(Integer.parseInt(status));
                }
                return chain.proceed(invocation);
            }

            @Override
            public int getOrder() {
                return LiftFilterOrder.RATE_LIMIT;
            }

        };
    }

    /**
     * Answers in the function's place when asked, the way a fallback does: {@code null}, or text that
     * is not a {@code String}; for plain events when the event is {@code "answer-null"}.
     */
    @Bean
    @ConditionalOnBooleanProperty("lift-it.answering-filter")
    LiftFilter answeringFilter() {
        return new LiftFilter() {

            @Override
            public Object filter(Invocation invocation, LiftFilterChain chain) throws Exception {
                LiftRequest request = (LiftRequest) invocation.request();
                String answer = request.header(ANSWER_HEADER);
                if (answer == null && request.event() != null && "answer-null".equals(request.event().asText())) {
                    answer = "null";
                }
                if (answer == null) {
                    return chain.proceed(invocation);
                }
                return "null".equals(answer) ? null : new StringBuilder("from the fallback");
            }

            @Override
            public int getOrder() {
                return LiftFilterOrder.CIRCUIT_BREAKER;
            }

        };
    }

    /**
     * Works like well-behaved code when its input asks for slow work: sleeps, and on interrupt restores
     * the flag and returns what it has. Otherwise answers at once.
     */
    @Bean
    @ConditionalOnBooleanProperty("lift-it.polite-function")
    Function<String, String> politeSlow() {
        return (input) -> {
            if (!input.contains("slow")) {
                return "quick: " + input;
            }
            try {
                Thread.sleep(POLITE_WORK.toMillis());
                return "finished: " + input;
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return "finished anyway: " + input;
            }
        };
    }

    /**
     * Logs, at the start of every invocation, whether the thread is interrupted and which invocation
     * last wrote the probe's MDC entry; then leaves both behind on purpose.
     */
    @Bean
    @ConditionalOnBooleanProperty("lift-it.thread-probe")
    LiftFilter threadProbe() {
        Logger logger = LoggerFactory.getLogger("lift-it.thread-probe");
        return (invocation, chain) -> {
            LiftContext context = invocation.context();
            logger.info("probe thread={} interrupted={} leftover={}", Thread.currentThread().getName(),
                    Thread.currentThread().isInterrupted(), MDC.get("lift-it-leftover"));
            try {
                return chain.proceed(invocation);
            }
            finally {
                MDC.put("lift-it-leftover", context.requestId());
                Thread.currentThread().interrupt();
            }
        };
    }

    /** A rejection with a status and a known retry time, as a rate limiter would raise. */
    static final class TestRejection extends LiftRejectedException {

        TestRejection(int status) {
            super("Rejected for the test", status, (status == 429) ? Duration.ofSeconds(3) : null, "test");
        }

        @Override
        public String code() {
            return "test-rejection";
        }

    }

}
