package dev.lift.benchmarks;

import java.util.function.Consumer;

/**
 * Where the benchmarks' EMF documents go instead of standard output: nowhere, after being fully
 * written (the sink keeps the last length, so the JIT cannot drop the work).
 */
final class DiscardingSink implements Consumer<String> {

    private volatile int lastLength;

    @Override
    public void accept(String document) {
        this.lastLength = document.length();
    }

    /** @return the length of the last document */
    int lastLength() {
        return this.lastLength;
    }

}
