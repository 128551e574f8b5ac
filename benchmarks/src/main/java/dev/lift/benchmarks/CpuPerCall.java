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

package dev.lift.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import com.sun.management.OperatingSystemMXBean;

import dev.lift.chain.LiftChain;

/**
 * Process CPU time per call, on one thread: a second view of the JMH figures that holds up on a
 * shared machine. JMH measures wall time, which grows when other processes take the cores; the CPU
 * time this process spends per call does not (it includes Lift's own background threads, the GC and
 * what little JIT work is left after warm-up). The calling thread's own CPU time per call is shown
 * too: with spans sent by a background thread, it is what a call waits for, and the process figure
 * is what the machine pays (less whatever the sender dropped: see the counts printed at the end).
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.lift.benchmarks.CpuPerCall [calls per round]}
 */
public final class CpuPerCall {

    private static final int ROUNDS = 5;

    private static volatile Object sink;

    private CpuPerCall() {
    }

    /**
     * @param args optionally the number of calls per round (default 1,000,000)
     * @throws Exception when a call fails
     */
    public static void main(String[] args) throws Exception {
        int calls = (args.length > 0) ? Integer.parseInt(args[0]) : 1_000_000;
        try (LiftFilters filters = new LiftFilters()) {
            Supplier<Integer> reference = Resilience4jReference.decorate(() -> Calls.INPUT);
            Map<String, Call> subjects = new LinkedHashMap<>();
            subjects.put("bare", () -> Calls.FUNCTION.apply(Calls.INPUT));
            subjects.put("resilience4jDecorators", reference::get);
            subjects.put("liftFourPatterns", chainCall(filters.chain(LiftFilters.FOUR_PATTERNS)));
            subjects.put("liftFourPatternsGlobal", chainCall(filters.chain(LiftFilters.FOUR_PATTERNS_GLOBAL)));
            subjects.put("liftFullChain", chainCall(filters.chain(LiftFilters.ALL)));
            subjects.put("liftFullChainSampled", chainCall(filters.chain(LiftFilters.ALL_SAMPLED)));
            subjects.put("liftFullChainSampledLambda", chainCall(filters.chain(LiftFilters.ALL_SAMPLED_LAMBDA)));
            OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            System.out.printf("%-28s %14s %14s %14s%n", "subject", "CPU ns/call", "caller CPU", "wall ns/call");
            for (Map.Entry<String, Call> subject : subjects.entrySet()) {
                run(subject.getValue(), calls, os, filters);
                double[] cpu = new double[ROUNDS];
                double[] callerCpu = new double[ROUNDS];
                double[] wall = new double[ROUNDS];
                for (int round = 0; round < ROUNDS; round++) {
                    long cpuStart = os.getProcessCpuTime();
                    long callerStart = threads.getCurrentThreadCpuTime();
                    long wallStart = System.nanoTime();
                    run(subject.getValue(), calls, os, filters);
                    cpu[round] = (os.getProcessCpuTime() - cpuStart) / (double) calls;
                    callerCpu[round] = (threads.getCurrentThreadCpuTime() - callerStart) / (double) calls;
                    wall[round] = (System.nanoTime() - wallStart) / (double) calls;
                }
                System.out.printf("%-28s %14.0f %14.0f %14.0f%n", subject.getKey(), median(cpu), median(callerCpu),
                        median(wall));
            }
        }
    }

    private static void run(Call call, int calls, OperatingSystemMXBean os, LiftFilters filters) throws Exception {
        for (int i = 0; i < calls; i++) {
            sink = call.call();
        }
        filters.flushMetrics();
    }

    private static Call chainCall(LiftChain chain) {
        return () -> Calls.through(chain, Calls.INPUT);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** One call of a subject. */
    @FunctionalInterface
    private interface Call {

        Object call() throws Exception;

    }

}
