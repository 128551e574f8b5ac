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

package dev.lift.autoconfigure.metrics;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.lift.metrics.EmfMeterRegistry;

import org.springframework.context.SmartLifecycle;

/**
 * Flushes the {@link EmfMeterRegistry} every step outside Lambda, and once more when the
 * application stops, so that nothing recorded is left unwritten.
 */
public class EmfFlushSchedule implements SmartLifecycle {

    private final EmfMeterRegistry registry;

    private final Duration step;

    private ScheduledExecutorService scheduler;

    /**
     * @param registry the registry to flush
     * @param step how often
     */
    public EmfFlushSchedule(EmfMeterRegistry registry, Duration step) {
        this.registry = registry;
        this.step = step;
    }

    @Override
    public synchronized void start() {
        this.scheduler = Executors.newSingleThreadScheduledExecutor((task) -> {
            Thread thread = new Thread(task, "lift-emf-flush");
            thread.setDaemon(true);
            return thread;
        });
        long millis = this.step.toMillis();
        this.scheduler.scheduleAtFixedRate(this.registry::flush, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (this.scheduler != null) {
            this.scheduler.shutdownNow();
            this.scheduler = null;
        }
        this.registry.flush();
    }

    @Override
    public synchronized boolean isRunning() {
        return this.scheduler != null;
    }

}
