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

package dev.lift.test.lambda;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The Lambda Runtime API on loopback, as the Lambda service serves it to a runtime: tests queue
 * events with {@link #invoke(LambdaEvent)} and get a future of what the runtime reported.
 *
 * <p>Serves {@code GET /2018-06-01/runtime/invocation/next} (blocks until an event is queued, then
 * answers with the event and the {@code Lambda-Runtime-*} headers), {@code POST
 * .../invocation/{id}/response}, {@code POST .../invocation/{id}/error}, {@code POST .../init/error}
 * and, for SnapStart, {@code GET .../restore/next} and {@code POST .../restore/error}. Built on the
 * JDK's HTTP server: no dependency, nothing beyond loopback.
 */
public final class LambdaRuntimeApiServer implements AutoCloseable {

    static {
        // The JDK's server writes a response's headers and body separately: with Nagle's algorithm on,
        // the body waits for the client's delayed ACK, some 40 ms per call that Lambda's API never adds.
        // Read once, when the server's configuration class loads: set before the first server starts.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    /** The path prefix of every Runtime API call. */
    public static final String PREFIX = "/2018-06-01/runtime";

    private static final String INVOCATION = PREFIX + "/invocation/";

    private final String functionArn;

    private final HttpServer server;

    private final ExecutorService executor;

    private final BlockingQueue<LambdaEvent> queue = new LinkedBlockingQueue<>();

    private final Map<String, CompletableFuture<LambdaOutcome>> outcomes = new ConcurrentHashMap<>();

    private final CompletableFuture<String> initError = new CompletableFuture<>();

    private final List<String> restoreErrors = new CopyOnWriteArrayList<>();

    private final AtomicInteger restoreCalls = new AtomicInteger();

    private final AtomicInteger waitingRuntimeThreads = new AtomicInteger();

    private LambdaRuntimeApiServer(String functionArn) throws IOException {
        this.functionArn = functionArn;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        // Each runtime thread parks one request in /next: the pool must never run out of threads.
        this.executor = Executors.newCachedThreadPool((task) -> {
            Thread thread = new Thread(task, "lambda-runtime-api");
            thread.setDaemon(true);
            return thread;
        });
        this.server.setExecutor(this.executor);
        this.server.createContext(PREFIX + "/", this::handle);
        this.server.start();
    }

    /**
     * Starts a server on an ephemeral loopback port for a function named {@code function}.
     * @return the running server
     * @throws IOException when the port cannot be opened
     */
    public static LambdaRuntimeApiServer start() throws IOException {
        return start("arn:aws:lambda:us-east-1:123456789012:function:function");
    }

    /**
     * Starts a server on an ephemeral loopback port.
     * @param functionArn the ARN sent as {@code Lambda-Runtime-Invoked-Function-Arn}
     * @return the running server
     * @throws IOException when the port cannot be opened
     */
    public static LambdaRuntimeApiServer start(String functionArn) throws IOException {
        return new LambdaRuntimeApiServer(functionArn);
    }

    /** @return {@code host:port}, the value of {@code AWS_LAMBDA_RUNTIME_API} */
    public String address() {
        InetSocketAddress address = this.server.getAddress();
        return address.getAddress().getHostAddress() + ":" + address.getPort();
    }

    /**
     * Queues an event for the next runtime thread that asks for one.
     * @param event the event
     * @return the outcome the runtime reports for it
     */
    public CompletableFuture<LambdaOutcome> invoke(LambdaEvent event) {
        CompletableFuture<LambdaOutcome> outcome = new CompletableFuture<>();
        if (this.outcomes.putIfAbsent(event.requestId(), outcome) != null) {
            throw new IllegalArgumentException("Request id already used: " + event.requestId());
        }
        this.queue.add(event);
        return outcome;
    }

    /** @return the error document the runtime posted to {@code /init/error}, once it does */
    public CompletableFuture<String> initError() {
        return this.initError;
    }

    /** @return how many times the runtime called {@code /restore/next} */
    public int restoreCalls() {
        return this.restoreCalls.get();
    }

    /** @return the documents the runtime posted to {@code /restore/error} */
    public List<String> restoreErrors() {
        return List.copyOf(this.restoreErrors);
    }

    /**
     * Waits until {@code count} runtime threads are parked in {@code /invocation/next}, which is how a
     * test knows a runtime finished initialising and, with several handler threads, that all of them
     * are ready.
     * @param count the number of waiting runtime threads
     * @param timeout how long to wait
     * @throws InterruptedException when interrupted
     * @throws IllegalStateException when fewer were waiting at the timeout
     */
    public void awaitWaitingRuntimeThreads(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (this.waitingRuntimeThreads.get() < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Only " + this.waitingRuntimeThreads.get() + " of " + count
                        + " runtime threads asked for an invocation within " + timeout);
            }
            Thread.sleep(10);
        }
    }

    @Override
    public void close() {
        this.server.stop(0);
        this.executor.shutdownNow();
        this.outcomes.values().forEach((outcome) -> outcome.cancel(false));
        this.initError.cancel(false);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if ("GET".equals(method) && path.equals(INVOCATION + "next")) {
                next(exchange);
            }
            else if ("POST".equals(method) && path.startsWith(INVOCATION) && path.endsWith("/response")) {
                complete(exchange, requestId(path, "/response"), false);
            }
            else if ("POST".equals(method) && path.startsWith(INVOCATION) && path.endsWith("/error")) {
                complete(exchange, requestId(path, "/error"), true);
            }
            else if ("POST".equals(method) && path.equals(PREFIX + "/init/error")) {
                this.initError.complete(read(exchange));
                respond(exchange, 202, "{\"status\":\"OK\"}");
            }
            else if ("GET".equals(method) && path.equals(PREFIX + "/restore/next")) {
                this.restoreCalls.incrementAndGet();
                respond(exchange, 200, "");
            }
            else if ("POST".equals(method) && path.equals(PREFIX + "/restore/error")) {
                this.restoreErrors.add(read(exchange));
                respond(exchange, 202, "{\"status\":\"OK\"}");
            }
            else {
                respond(exchange, 404, "{\"errorType\":\"NotFound\"}");
            }
        }
    }

    private void next(HttpExchange exchange) throws IOException {
        LambdaEvent event;
        this.waitingRuntimeThreads.incrementAndGet();
        try {
            event = this.queue.take();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            respond(exchange, 500, "");
            return;
        }
        finally {
            this.waitingRuntimeThreads.decrementAndGet();
        }
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", "application/json");
        headers.set("Lambda-Runtime-Aws-Request-Id", event.requestId());
        headers.set("Lambda-Runtime-Deadline-Ms",
                Long.toString(System.currentTimeMillis() + event.timeout().toMillis()));
        headers.set("Lambda-Runtime-Invoked-Function-Arn", this.functionArn);
        if (event.traceId() != null) {
            headers.set("Lambda-Runtime-Trace-Id", event.traceId());
        }
        if (event.tenantId() != null) {
            headers.set("Lambda-Runtime-Aws-Tenant-Id", event.tenantId());
        }
        respond(exchange, 200, event.body());
    }

    private void complete(HttpExchange exchange, String requestId, boolean error) throws IOException {
        String body = read(exchange);
        CompletableFuture<LambdaOutcome> outcome = this.outcomes.get(requestId);
        if (outcome == null) {
            respond(exchange, 400, "{\"errorType\":\"InvalidRequestID\"}");
            return;
        }
        String errorType = error ? exchange.getRequestHeaders().getFirst("Lambda-Runtime-Function-Error-Type") : null;
        // A second report for the same invocation is a runtime bug a test must see, not hide.
        if (!outcome.complete(new LambdaOutcome(requestId, error, body, errorType))) {
            outcome.obtrudeException(new IllegalStateException("Invocation " + requestId + " reported twice"));
        }
        respond(exchange, 202, "{\"status\":\"OK\"}");
    }

    private static String requestId(String path, String suffix) {
        return path.substring(INVOCATION.length(), path.length() - suffix.length());
    }

    private static String read(HttpExchange exchange) throws IOException {
        try (InputStream body = exchange.getRequestBody()) {
            return new String(body.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, (bytes.length == 0) ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

}
