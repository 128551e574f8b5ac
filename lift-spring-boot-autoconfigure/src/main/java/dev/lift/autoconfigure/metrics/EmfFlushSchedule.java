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
