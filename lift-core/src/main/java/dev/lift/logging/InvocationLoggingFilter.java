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

package dev.lift.logging;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import dev.lift.chain.Invocation;
import dev.lift.chain.InvocationOutcome;
import dev.lift.chain.LiftFilter;
import dev.lift.chain.LiftFilterChain;
import dev.lift.chain.LiftFilterOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * Per-invocation logging: debug sampling and the invocation summary line.
 *
 * <p>Sampling: with probability {@code sampleRate} an invocation is marked in the MDC under
 * {@link #DEBUG_SAMPLED}; a logging-system filter (Lift installs one for Logback) then lets its DEBUG
 * lines through whatever the configured level. The decision belongs to the invocation, not to the
 * process, so concurrent invocations never change each other's level.
 *
 * <p>Summary: one INFO line per invocation from the {@value #SUMMARY_LOGGER} logger, with the
 * {@code duration_ms}, {@code outcome} (success | error | rejected) and {@code rejected_by} key-value
 * pairs, which structured formats turn into fields.
 */
public final class InvocationLoggingFilter implements LiftFilter {

    /** The MDC key marking an invocation whose DEBUG lines are sampled in. */
    public static final String DEBUG_SAMPLED = "lift_debug_sampled";

    /** The logger of the summary lines. */
    public static final String SUMMARY_LOGGER = "dev.lift.invocation";

    private static final Logger summary = LoggerFactory.getLogger(SUMMARY_LOGGER);

    private final double sampleRate;

    private final boolean invocationSummary;

    /**
     * @param sampleRate share of invocations, 0 to 1, whose DEBUG lines are logged
     * @param invocationSummary whether to log one summary line per invocation
     */
    public InvocationLoggingFilter(double sampleRate, boolean invocationSummary) {
        if (!(sampleRate >= 0 && sampleRate <= 1)) {
            throw new IllegalArgumentException("sampleRate must be between 0 and 1");
        }
        this.sampleRate = sampleRate;
        this.invocationSummary = invocationSummary;
    }

    @Override
    public Object filter(Invocation invocation, LiftFilterChain chain) throws Exception {
        boolean sampled = this.sampleRate > 0 && ThreadLocalRandom.current().nextDouble() < this.sampleRate;
        if (sampled) {
            MDC.put(DEBUG_SAMPLED, "true");
        }
        try {
            return this.invocationSummary
                    ? InvocationOutcome.observe(invocation, chain, InvocationLoggingFilter::logSummary)
                    : chain.proceed(invocation);
        }
        finally {
            if (sampled) {
                MDC.remove(DEBUG_SAMPLED);
            }
        }
    }

    private static void logSummary(Invocation invocation, InvocationOutcome outcome, long nanos) {
        LoggingEventBuilder line = summary.atInfo()
            .addKeyValue("duration_ms", TimeUnit.NANOSECONDS.toMicros(nanos) / 1000.0)
            .addKeyValue("outcome", outcome.name());
        if (outcome.rejected()) {
            line = line.addKeyValue("rejected_by", outcome.rejectedBy());
        }
        line.log("Invocation finished");
    }

    @Override
    public int getOrder() {
        return LiftFilterOrder.LOGGING;
    }

    @Override
    public String name() {
        return "logging";
    }

}
