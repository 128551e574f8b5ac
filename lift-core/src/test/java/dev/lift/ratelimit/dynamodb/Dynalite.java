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

package dev.lift.ratelimit.dynamodb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * A real DynamoDB API server for tests: dynalite (npm, installed by the build from the lock file in
 * {@code src/test/dynalite}) started as a child process on a free loopback port, in memory. It can be
 * killed and restarted on the same port, to test what the rate-limit store does while DynamoDB is
 * down and after it comes back.
 */
final class Dynalite implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);

    private final Path directory;

    private final int port;

    private Process process;

    private Dynalite(Path directory, int port) {
        this.directory = directory;
        this.port = port;
    }

    /**
     * Starts dynalite on a free loopback port and waits until it accepts connections.
     * @return the running server
     */
    static Dynalite start() {
        Path directory = Paths.get(System.getProperty("lift.dynalite.dir", "src/test/dynalite")).toAbsolutePath();
        if (!Files.isRegularFile(directory.resolve("node_modules/dynalite/cli.js"))) {
            throw new IllegalStateException("dynalite is not installed in " + directory
                    + ": run the build (it runs 'npm ci' there before the tests)");
        }
        Dynalite dynalite = new Dynalite(directory, freePort());
        dynalite.startProcess();
        return dynalite;
    }

    /** @return the endpoint to point a {@link DynamoDbClient} at */
    URI endpoint() {
        return URI.create("http://127.0.0.1:" + this.port);
    }

    /** @return a new client for this server, with its own HTTP connection pool */
    DynamoDbClient newClient() {
        return DynamoDbClient.builder()
            .endpointOverride(endpoint())
            .region(Region.US_EAST_1)
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
            .httpClient(UrlConnectionHttpClient.builder()
                .connectionTimeout(Duration.ofMillis(500))
                .socketTimeout(Duration.ofSeconds(2))
                .build())
            .build();
    }

    /**
     * Creates a table with the rate-limit store's schema (string partition key {@code pk}) and waits
     * until it is active.
     * @param client a client of this server
     * @param tableName the table name
     */
    static void createRateLimitTable(DynamoDbClient client, String tableName) {
        client.createTable((table) -> table.tableName(tableName)
            .attributeDefinitions(AttributeDefinition.builder()
                .attributeName(DynamoDbRateLimitStore.PARTITION_KEY)
                .attributeType(ScalarAttributeType.S)
                .build())
            .keySchema(KeySchemaElement.builder()
                .attributeName(DynamoDbRateLimitStore.PARTITION_KEY)
                .keyType(KeyType.HASH)
                .build())
            .billingMode(BillingMode.PAY_PER_REQUEST));
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (client.describeTable((table) -> table.tableName(tableName)).table().tableStatus() != TableStatus.ACTIVE) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("table " + tableName + " did not become active");
            }
            sleep(10);
        }
    }

    /** Kills the server at once, as a crashed or unreachable DynamoDB would look. Its data is lost. */
    void kill() {
        if (this.process != null) {
            this.process.destroyForcibly();
            try {
                this.process.waitFor(5, TimeUnit.SECONDS);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            this.process = null;
        }
    }

    /** Freezes the server (SIGSTOP): connections are accepted by the kernel but never answered. */
    void pause() {
        signal("STOP");
    }

    /** Thaws a {@link #pause() paused} server. */
    void resume() {
        signal("CONT");
    }

    private void signal(String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(this.process.pid())).start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -" + signal + " failed");
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /** Starts the server again, empty, unless it is running: a test that failed midway may have left it down. */
    void ensureRunning() {
        if (this.process == null || !this.process.isAlive()) {
            restart();
        }
    }

    /** Starts the server again on the same port, empty. */
    void restart() {
        kill();
        startProcess();
    }

    @Override
    public void close() {
        kill();
    }

    private void startProcess() {
        ProcessBuilder builder = new ProcessBuilder(List.of("node", "node_modules/dynalite/cli.js", "--host", "127.0.0.1",
                "--port", Integer.toString(this.port), "--createTableMs", "0", "--deleteTableMs", "0",
                "--updateTableMs", "0"))
            .directory(this.directory.toFile())
            .redirectErrorStream(true);
        try {
            this.process = builder.start();
            // A JVM that dies without running the tests' clean-up must not leave the server behind.
            Process started = this.process;
            Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly, "dynalite-stop-" + this.port));
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot start node: is Node.js on the PATH?", ex);
        }
        CountDownLatch listening = new CountDownLatch(1);
        Process running = this.process;
        Thread output = new Thread(() -> drain(running, listening), "dynalite-output-" + this.port);
        output.setDaemon(true);
        output.start();
        awaitListening(listening);
    }

    private void awaitListening(CountDownLatch listening) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        try {
            // dynalite prints a line once it listens; the connection check covers a changed message.
            while (!listening.await(20, TimeUnit.MILLISECONDS) && !accepts()) {
                if (!this.process.isAlive()) {
                    throw new IllegalStateException("dynalite exited with " + this.process.exitValue());
                }
                if (System.nanoTime() > deadline) {
                    kill();
                    throw new IllegalStateException("dynalite did not listen on port " + this.port);
                }
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private boolean accepts() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), this.port), 100);
            return true;
        }
        catch (IOException ex) {
            return false;
        }
    }

    private static void drain(Process process, CountDownLatch listening) {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.contains("listening")) {
                    listening.countDown();
                }
            }
        }
        catch (IOException ex) {
            // The process was killed; nothing more to read.
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

}
