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

package dev.lift.autoconfigure.retry;

import java.io.IOException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

import org.springframework.util.ClassUtils;

import dev.lift.autoconfigure.resilience.PatternPreset;
import dev.lift.retry.BackoffStrategy;

/**
 * Ready-made retry settings, chosen with {@code lift.retry.preset}. Any property set explicitly wins
 * over the preset. Every preset keeps the retry budget and the deadline check.
 *
 * <table>
 * <caption>What each preset sets</caption>
 * <tr><th>preset</th><th>attempts</th><th>waits</th><th>retries</th></tr>
 * <tr><td>basic</td><td>3</td><td>exponential 100ms × 2, at most 2s, jitter 0.5</td><td>any exception</td></tr>
 * <tr><td>http</td><td>3</td><td>exponential 200ms × 2, at most 5s, jitter 0.5</td>
 * <td>{@code IOException}, {@code TimeoutException}; statuses 429, 502, 503, 504</td></tr>
 * <tr><td>database</td><td>5</td><td>exponential 50ms × 2, at most 1s, jitter 0.5</td>
 * <td>{@code SQLTransientException}, {@code SQLRecoverableException}, and Spring's
 * {@code TransientDataAccessException}, {@code RecoverableDataAccessException} when present</td></tr>
 * <tr><td>custom</td><td>3</td><td>the {@code custom-backoff} bean</td><td>any exception</td></tr>
 * </table>
 */
public enum RetryPreset implements PatternPreset<RetrySettings> {

    /** A few quick exponential retries of any failure. */
    BASIC,

    /** Retries of transport failures and of the statuses that say "try again" (429, 502, 503, 504). */
    HTTP,

    /** More, shorter retries of transient database failures only. */
    DATABASE,

    /** The basic retries, with waits from the {@code custom-backoff} bean. */
    CUSTOM;

    /** @return the settings the preset sets, a new instance each time: settings are mutable beans */
    @Override
    public RetrySettings settings() {
        return switch (this) {
            case BASIC -> basic();
            case HTTP -> http();
            case DATABASE -> database();
            case CUSTOM -> custom();
        };
    }

    private static RetrySettings exponential(int maxAttempts, long initialMillis, long maxMillis) {
        RetrySettings settings = new RetrySettings();
        settings.setMaxAttempts(maxAttempts);
        settings.setStrategy(BackoffStrategy.EXPONENTIAL);
        settings.setInitialDelay(Duration.ofMillis(initialMillis));
        settings.setMultiplier(2.0);
        settings.setMaxDelay(Duration.ofMillis(maxMillis));
        settings.setJitter(0.5);
        return settings;
    }

    private static RetrySettings basic() {
        return exponential(3, 100, 2000);
    }

    private static RetrySettings http() {
        RetrySettings settings = exponential(3, 200, 5000);
        settings.setRetryExceptions(List.of(IOException.class, TimeoutException.class));
        settings.setRetryStatuses(List.of("429", "502", "503", "504"));
        return settings;
    }

    private static RetrySettings database() {
        RetrySettings settings = exponential(5, 50, 1000);
        List<Class<? extends Throwable>> transientFailures = new ArrayList<>(
                List.of(SQLTransientException.class, SQLRecoverableException.class));
        addIfPresent(transientFailures, "org.springframework.dao.TransientDataAccessException");
        addIfPresent(transientFailures, "org.springframework.dao.RecoverableDataAccessException");
        settings.setRetryExceptions(transientFailures);
        return settings;
    }

    private static RetrySettings custom() {
        RetrySettings settings = new RetrySettings();
        settings.setMaxAttempts(3);
        settings.setStrategy(BackoffStrategy.CUSTOM);
        return settings;
    }

    @SuppressWarnings("unchecked")
    private static void addIfPresent(List<Class<? extends Throwable>> classes, String className) {
        ClassLoader classLoader = RetryPreset.class.getClassLoader();
        if (ClassUtils.isPresent(className, classLoader)) {
            classes.add((Class<? extends Throwable>) ClassUtils.resolveClassName(className, classLoader));
        }
    }

}
