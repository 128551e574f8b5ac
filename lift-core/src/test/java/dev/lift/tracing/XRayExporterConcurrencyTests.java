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

package dev.lift.tracing;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.lift.chain.ContextFilter;
import dev.lift.chain.LiftChain;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many threads ending invocation spans at once: every span is sent or counted as dropped, exactly
 * once, whether the daemon listens or not.
 */
class XRayExporterConcurrencyTests {

    private static final int THREADS = 16;

    private static final int INVOCATIONS_PER_THREAD = 8;

    private static final int TOTAL = THREADS * INVOCATIONS_PER_THREAD;

    @Test
    void everySpanArrivesExactlyOnce() throws Exception {
        try (XRayDaemonStub daemon = new XRayDaemonStub()) {
            XRayUdpSpanExporter exporter = exporter(daemon.address());
            try (OtelTracing tracing = new OtelTracing(exporter)) {
                hammer(tracing, THREADS, INVOCATIONS_PER_THREAD);
            }
            assertThat(exporter.sentCount() + exporter.droppedCount()).isEqualTo(TOTAL);
            Set<String> ids = new HashSet<>();
            for (long i = 0; i < exporter.sentCount(); i++) {
                ids.add(daemon.nextDocument().get("id").asText());
            }
            // Loopback to a drained socket loses nothing: all sent, each id once.
            assertThat(ids).hasSize(TOTAL);
            assertThat(exporter.droppedCount()).isZero();
        }
    }

    @Test
    void everySpanIsSentOrCountedAsDroppedWhenNoDaemonListens() throws Exception {
        InetSocketAddress closed;
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            closed = (InetSocketAddress) socket.getLocalSocketAddress();
        }
        XRayUdpSpanExporter exporter = exporter(closed);
        try (OtelTracing tracing = new OtelTracing(exporter)) {
            hammer(tracing, THREADS, INVOCATIONS_PER_THREAD);
        }
        assertThat(exporter.sentCount() + exporter.droppedCount()).isEqualTo(TOTAL);
        assertThat(exporter.droppedCount()).isPositive();
    }

    private static XRayUdpSpanExporter exporter(InetSocketAddress daemon) {
        return XRayUdpSpanExporter.builder().daemonAddress(daemon).lambda(true).build();
    }

    /**
     * Runs {@code invocationsPerThread} sampled invocations on each of {@code threads} threads, all
     * starting at the same moment, each under its own Lambda header.
     */
    static void hammer(OtelTracing tracing, int threads, int invocationsPerThread) throws Exception {
        LiftChain chain = new LiftChain(
                List.of(new ContextFilter(), tracing.filter(true)));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < invocationsPerThread; i++) {
                        TracingFilterTests.invoke(chain, TracingFilterTests
                            .context("createOrder", TracingFilterTests.header(TracingFilterTests.newRoot(), "1"))
                            .tenantId("tenant-" + i), TracingFilterTests.ok());
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get();
            }
        }
        finally {
            pool.shutdownNow();
        }
    }

}
