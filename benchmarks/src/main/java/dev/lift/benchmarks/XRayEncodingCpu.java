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

/**
 * The calling thread's CPU time per span of {@link XRayEncodingBenchmark}: a figure that holds up
 * on a shared machine, where JMH's wall time grows with other processes' load.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.lift.benchmarks.XRayEncodingCpu [format...]}
 * (default: segment otlp)
 */
public final class XRayEncodingCpu {

    private static final int ROUNDS = 7;

    private static final int SPANS_PER_ROUND = 200_000;

    private static volatile Object sink;

    private XRayEncodingCpu() {
    }

    /**
     * @param args the formats to measure
     * @throws Exception when the set-up fails
     */
    public static void main(String[] args) throws Exception {
        String[] formats = (args.length > 0) ? args : new String[] { "segment", "otlp" };
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (String format : formats) {
            XRayEncodingBenchmark benchmark = new XRayEncodingBenchmark();
            benchmark.format = format;
            benchmark.setUp();
            run(benchmark, SPANS_PER_ROUND * 2);
            double[] cpu = new double[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                long start = threads.getCurrentThreadCpuTime();
                run(benchmark, SPANS_PER_ROUND);
                cpu[round] = (threads.getCurrentThreadCpuTime() - start) / (double) SPANS_PER_ROUND;
            }
            benchmark.tearDown();
            Arrays.sort(cpu);
            System.out.printf("%-8s CPU ns/span: median %.0f, min %.0f, max %.0f%n", format, cpu[ROUNDS / 2], cpu[0],
                    cpu[ROUNDS - 1]);
        }
    }

    private static void run(XRayEncodingBenchmark benchmark, int spans) {
        for (int i = 0; i < spans; i++) {
            sink = benchmark.encode();
        }
    }

}
