package dev.lift.benchmarks;

import org.openjdk.jmh.annotations.Threads;

/** {@link InvocationBenchmarks} on one thread. */
@Threads(1)
public class SingleThread extends InvocationBenchmarks {

}
