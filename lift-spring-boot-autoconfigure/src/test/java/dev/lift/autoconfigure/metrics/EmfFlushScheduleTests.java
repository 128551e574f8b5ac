package dev.lift.autoconfigure.metrics;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.lift.metrics.EmfMeterRegistry;
import io.micrometer.core.instrument.Clock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmfFlushScheduleTests {

    @Test
    void flushesEveryStep() throws Exception {
        CountDownLatch flushed = new CountDownLatch(1);
        EmfMeterRegistry registry = new EmfMeterRegistry("Lift", Clock.SYSTEM, (document) -> flushed.countDown());
        EmfFlushSchedule schedule = new EmfFlushSchedule(registry, Duration.ofMillis(20));
        registry.counter("work").increment();
        schedule.start();
        try {
            assertThat(flushed.await(10, TimeUnit.SECONDS)).isTrue();
        }
        finally {
            schedule.stop();
        }
    }

    @Test
    void stoppingFlushesWhatIsLeft() {
        List<String> documents = new CopyOnWriteArrayList<>();
        EmfMeterRegistry registry = new EmfMeterRegistry("Lift", Clock.SYSTEM, documents::add);
        EmfFlushSchedule schedule = new EmfFlushSchedule(registry, Duration.ofHours(1));
        schedule.start();
        registry.counter("work").increment();

        schedule.stop();

        assertThat(documents).hasSize(1);
        assertThat(schedule.isRunning()).isFalse();
    }

}
