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

package dev.lift.retry;

import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Exact counts of what the retry filter did, safe under any concurrency: every call ends in exactly
 * one outcome, so the outcomes add up to the calls, and attempts equal calls plus retries.
 *
 * <p>Bound to Micrometer as {@code lift.retry.calls} (tag {@code outcome}), {@code lift.retry.attempts}
 * and {@code lift.retry.refused} (tag {@code reason}).
 */
public final class RetryStatistics implements MeterBinder {

    private final LongAdder attempts = new LongAdder();

    private final LongAdder[] outcomes = newAdders(Outcome.values().length);

    private final LongAdder[] refusals = newAdders(RetryRefusal.values().length);

    void attempted() {
        this.attempts.increment();
    }

    void ended(Outcome outcome) {
        this.outcomes[outcome.ordinal()].increment();
    }

    void countRefusal(RetryRefusal reason) {
        this.refusals[reason.ordinal()].increment();
    }

    /** @return the attempts made, first attempts included */
    public long attempts() {
        return this.attempts.sum();
    }

    /**
     * @param outcome an outcome
     * @return the calls that ended so
     */
    public long calls(Outcome outcome) {
        return this.outcomes[outcome.ordinal()].sum();
    }

    /** @return the calls that ended, whatever their outcome */
    public long calls() {
        long calls = 0;
        for (LongAdder outcome : this.outcomes) {
            calls += outcome.sum();
        }
        return calls;
    }

    /**
     * @param reason a reason
     * @return the retries refused for it
     */
    public long refused(RetryRefusal reason) {
        return this.refusals[reason.ordinal()].sum();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("lift.retry.attempts", this.attempts, LongAdder::sum)
            .description("Attempts made by the retry filter, first attempts included")
            .register(registry);
        for (Outcome outcome : Outcome.values()) {
            FunctionCounter.builder("lift.retry.calls", this.outcomes[outcome.ordinal()], LongAdder::sum)
                .description("Calls through the retry filter, by outcome")
                .tag("outcome", outcome.tag)
                .register(registry);
        }
        for (RetryRefusal reason : RetryRefusal.values()) {
            FunctionCounter.builder("lift.retry.refused", this.refusals[reason.ordinal()], LongAdder::sum)
                .description("Retries the policy allowed that did not start")
                .tag("reason", reason.name().toLowerCase(Locale.ROOT))
                .register(registry);
        }
    }

    private static LongAdder[] newAdders(int count) {
        LongAdder[] adders = new LongAdder[count];
        for (int i = 0; i < count; i++) {
            adders[i] = new LongAdder();
        }
        return adders;
    }

    /** How a call through the retry filter ended. */
    public enum Outcome {

        /** Succeeded on its first attempt. */
        SUCCEEDED_WITHOUT_RETRY("succeeded-without-retry"),

        /** Succeeded after one or more retries. */
        SUCCEEDED_AFTER_RETRY("succeeded-after-retry"),

        /** Failed with a failure that is not retried. */
        FAILED_NOT_RETRYABLE("failed-not-retryable"),

        /** Failed on its last allowed attempt. */
        FAILED_RETRIES_EXHAUSTED("failed-retries-exhausted"),

        /** Failed with a retry due that did not start: deadline, budget or interruption. */
        FAILED_RETRY_REFUSED("failed-retry-refused");

        private final String tag;

        Outcome(String tag) {
            this.tag = tag;
        }

    }

}
