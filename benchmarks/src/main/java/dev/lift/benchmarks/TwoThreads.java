package dev.lift.benchmarks;

import org.openjdk.jmh.annotations.Threads;

/** {@link InvocationBenchmarks} on two threads sharing one chain: contention on shared state shows here. */
@Threads(2)
public class TwoThreads extends InvocationBenchmarks {

}
