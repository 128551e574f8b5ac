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

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import com.sun.management.ThreadMXBean;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.metrics.StartupStep;

/**
 * Starts the sample application once with Spring's {@link BufferingApplicationStartup} and writes
 * where its start-up went: compiled and run by {@code benchmarks/startup-steps.sh} on the class path of
 * the extracted sample jar, which compares Lift off and on.
 *
 * <p>Prints one summary line to standard error: the loaded classes, the bean definitions, the CPU
 * time and the bytes allocated by the main thread (the thread that refreshes the context; its
 * allocation barely moves with the machine's load), and the process's CPU time, all at the end of
 * {@code SpringApplication.run}. Writes to the file named by {@code -Dstartup.out} the self time of
 * every start-up step in microseconds (its time minus its sub-steps'), one {@code step<TAB>micros}
 * line each, a bean's instantiation keyed by the bean's name.
 */
public class StartupSteps {

    public static void main(String[] args) throws Exception {
        SpringApplication application = new SpringApplication(Class.forName("dev.lift.sample.SampleApplication"));
        BufferingApplicationStartup startup = new BufferingApplicationStartup(100_000);
        application.setApplicationStartup(startup);
        ConfigurableApplicationContext context = application.run(args);
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long mainCpu = threads.getCurrentThreadCpuTime();
        long mainAllocated = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        long processCpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime();
        System.err.printf("STARTUP classes=%d beans=%d main_cpu_ms=%d main_alloc_mb=%.1f process_cpu_ms=%d%n",
                ManagementFactory.getClassLoadingMXBean().getLoadedClassCount(), context.getBeanDefinitionCount(),
                mainCpu / 1_000_000, mainAllocated / 1e6, processCpu / 1_000_000);
        writeSelfTimes(startup.getBufferedTimeline(), Path.of(System.getProperty("startup.out", "startup-steps.tsv")));
        context.close();
        System.exit(0);
    }

    private static void writeSelfTimes(StartupTimeline timeline, Path out) throws IOException {
        Map<Long, String> keys = new HashMap<>();
        Map<Long, Long> durations = new HashMap<>();
        Map<Long, Long> self = new LinkedHashMap<>();
        Map<Long, Long> parents = new HashMap<>();
        for (TimelineEvent event : timeline.getEvents()) {
            StartupStep step = event.getStartupStep();
            keys.put(step.getId(), key(step));
            durations.put(step.getId(), event.getDuration().toNanos() / 1000);
            self.put(step.getId(), event.getDuration().toNanos() / 1000);
            if (step.getParentId() != null) {
                parents.put(step.getId(), step.getParentId());
            }
        }
        parents.forEach((id, parent) -> self.computeIfPresent(parent, (p, micros) -> micros - durations.get(id)));
        Map<String, Long> byKey = new LinkedHashMap<>();
        self.forEach((id, micros) -> byKey.merge(keys.get(id), micros, Long::sum));
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(out))) {
            byKey.forEach((key, micros) -> writer.println(key + "\t" + micros));
        }
    }

    private static String key(StartupStep step) {
        for (StartupStep.Tag tag : step.getTags()) {
            if (tag.getKey().equals("beanName")) {
                return step.getName() + " " + tag.getValue();
            }
        }
        return step.getName();
    }

}
