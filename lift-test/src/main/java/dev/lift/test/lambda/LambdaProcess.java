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

// Over 300 lines on purpose: starting a JVM the way Lambda does (classpath, environment, output capture,
// shutdown) is one job, and splitting it would spread one child process's set-up over several files.

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A function run the way Lambda runs it: a child JVM whose main class is AWS's runtime interface
 * client ({@value #RUNTIME_CLIENT_MAIN}), given the handler as its argument and the environment the
 * Lambda service sets, talking to a {@link LambdaRuntimeApiServer} on loopback.
 *
 * <p>The child's classpath is the function's code followed by the runtime client and its own
 * dependencies, found where this JVM loads them from. Its stdout and stderr are captured line by
 * line. {@link #close()} stops it.
 */
public final class LambdaProcess implements AutoCloseable {

    /** The main class of AWS's runtime interface client. */
    public static final String RUNTIME_CLIENT_MAIN = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";

    // The runtime client and what it needs at run time: aws-lambda-java-core, -serialization and the
    // SDK's utils-lite. Named, not imported, so that loading them here runs no static initialiser.
    private static final List<String> RUNTIME_CLIENT_CLASSES = List.of(RUNTIME_CLIENT_MAIN,
            "com.amazonaws.services.lambda.runtime.Context",
            "com.amazonaws.services.lambda.runtime.serialization.PojoSerializer",
            "software.amazon.awssdk.utilslite.SdkInternalThreadLocal");

    private final Process process;

    private final Path taskRoot;

    private final boolean ownTaskRoot;

    private final List<String> stdout = new CopyOnWriteArrayList<>();

    private final List<String> stderr = new CopyOnWriteArrayList<>();

    private final Object outputSignal = new Object();

    private LambdaProcess(Builder builder, LambdaRuntimeApiServer runtimeApi) throws IOException {
        this.ownTaskRoot = builder.taskRoot == null;
        this.taskRoot = this.ownTaskRoot ? Files.createTempDirectory("lambda-task-root") : builder.taskRoot;
        List<String> command = builder.jvmCommand();
        command.add(RUNTIME_CLIENT_MAIN);
        command.add(builder.handler);
        ProcessBuilder processBuilder = new ProcessBuilder(command).directory(this.taskRoot.toFile());
        Map<String, String> environment = processBuilder.environment();
        // Nothing of the developer's own AWS setup (credentials, region, profile) reaches the function.
        environment.keySet().removeIf((name) -> name.startsWith("AWS_") || name.startsWith("_X_AMZN")
                || name.startsWith("LAMBDA_") || name.startsWith("SPRING_"));
        environment.putAll(lambdaEnvironment(builder, runtimeApi, this.taskRoot));
        this.process = processBuilder.start();
        capture(this.process.getInputStream(), this.stdout, "stdout");
        capture(this.process.getErrorStream(), this.stderr, "stderr");
    }

    /**
     * Starts describing a function.
     * @param handler the handler, e.g. {@code com.example.Handler::handleRequest}
     * @return a builder
     */
    public static Builder builder(String handler) {
        return new Builder(handler);
    }

    /** @return the lines the function printed on stdout so far */
    public List<String> stdout() {
        return List.copyOf(this.stdout);
    }

    /** @return the lines the function printed on stderr so far */
    public List<String> stderr() {
        return List.copyOf(this.stderr);
    }

    /** @return every line printed so far, stdout first */
    public List<String> output() {
        return Stream.concat(this.stdout.stream(), this.stderr.stream()).collect(Collectors.toList());
    }

    /**
     * Waits for a line of output matching {@code condition}.
     * @param condition what the line must satisfy
     * @param timeout how long to wait
     * @return the first matching line
     * @throws InterruptedException when interrupted
     * @throws IllegalStateException when no line matched within the timeout
     */
    public String awaitOutput(Predicate<String> condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this.outputSignal) {
            while (true) {
                for (String line : output()) {
                    if (condition.test(line)) {
                        return line;
                    }
                }
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    throw new IllegalStateException("No matching output within " + timeout + "; output:\n"
                            + String.join("\n", output()));
                }
                this.outputSignal.wait(left);
            }
        }
    }

    /**
     * Waits for the outcome of an invocation while the child JVM runs.
     * @param outcome the outcome {@link LambdaRuntimeApiServer#invoke} returned
     * @param timeout how long to wait
     * @return the outcome
     * @throws InterruptedException when interrupted
     * @throws IllegalStateException when the JVM exits or the timeout passes first, with its output
     */
    public LambdaOutcome await(CompletableFuture<LambdaOutcome> outcome, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                return outcome.get(100, TimeUnit.MILLISECONDS);
            }
            catch (TimeoutException ex) {
                if (!this.process.isAlive() && !outcome.isDone()) {
                    throw new IllegalStateException("The function exited (code " + this.process.exitValue()
                            + ") before answering; output:\n" + String.join("\n", output()));
                }
            }
            catch (ExecutionException ex) {
                throw new IllegalStateException("No outcome", ex.getCause());
            }
        }
        throw new IllegalStateException("No answer within " + timeout + "; output:\n" + String.join("\n", output()));
    }

    /** @return whether the child JVM is still running */
    public boolean isAlive() {
        return this.process.isAlive();
    }

    /** @return the child JVM's process id */
    public long pid() {
        return this.process.pid();
    }

    /**
     * The CPU time the child JVM used so far, all its threads (JIT compilers and GC included).
     * @return the CPU time, or {@link Duration#ZERO} where the operating system does not tell
     */
    public Duration cpuTime() {
        return this.process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /**
     * Asks the child JVM to stop (SIGTERM: its shutdown hooks run, and what the JVM writes at exit,
     * such as an AOT cache, is written) and waits for it.
     * @param timeout how long to wait before stopping it forcibly
     * @return the exit code, or -1 when it had to be stopped forcibly
     * @throws InterruptedException when interrupted
     */
    public int stop(Duration timeout) throws InterruptedException {
        this.process.destroy();
        if (this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            return this.process.exitValue();
        }
        this.process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        return -1;
    }

    /**
     * Stops the child JVM (forcibly if it does not stop within a few seconds) and removes its task root
     * unless the builder was given one.
     */
    @Override
    public void close() throws InterruptedException {
        if (this.process.isAlive()) {
            stop(Duration.ofSeconds(5));
        }
        if (!this.ownTaskRoot) {
            return;
        }
        try (Stream<Path> files = Files.walk(this.taskRoot)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach((file) -> file.toFile().delete());
        }
        catch (IOException ex) {
            // A temporary directory left behind is not worth failing a test for.
        }
    }

    private static Map<String, String> lambdaEnvironment(Builder builder, LambdaRuntimeApiServer runtimeApi,
            Path taskRoot) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("AWS_LAMBDA_RUNTIME_API", runtimeApi.address());
        environment.put("_HANDLER", builder.handler);
        environment.put("LAMBDA_TASK_ROOT", taskRoot.toString());
        environment.put("AWS_EXECUTION_ENV", "AWS_Lambda_java17");
        environment.put("AWS_LAMBDA_FUNCTION_NAME", builder.functionName);
        environment.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        environment.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(builder.memorySize));
        environment.put("AWS_LAMBDA_INITIALIZATION_TYPE", builder.initializationType);
        environment.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + builder.functionName);
        environment.put("AWS_LAMBDA_LOG_STREAM_NAME", "2026/01/01/[$LATEST]0123456789abcdef");
        environment.put("AWS_REGION", builder.region);
        environment.put("AWS_DEFAULT_REGION", builder.region);
        environment.put("TZ", ":UTC");
        if (builder.maxConcurrency > 0) {
            environment.put("AWS_LAMBDA_MAX_CONCURRENCY", Integer.toString(builder.maxConcurrency));
        }
        environment.putAll(builder.environment);
        return environment;
    }

    /**
     * Extracts a deployment package (a {@code .zip} or jar) into a directory, as Lambda does into
     * {@code /var/task}: the runtime client's class loader then loads the function from there.
     * @param deploymentPackage the {@code .zip} or jar
     * @param taskRoot the directory, created if missing
     * @return {@code taskRoot}
     * @throws IOException when the package cannot be read or the directory written
     */
    public static Path extract(Path deploymentPackage, Path taskRoot) throws IOException {
        Path root = Files.createDirectories(taskRoot).toAbsolutePath().normalize();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(deploymentPackage))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path target = root.resolve(entry.getName()).normalize();
                if (!target.startsWith(root)) {
                    throw new IOException("Entry outside the task root: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                }
                else {
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return root;
    }

    private static String classpath(List<Path> functionCode) {
        List<String> entries = new ArrayList<>();
        functionCode.forEach((path) -> entries.add(path.toAbsolutePath().toString()));
        for (String className : RUNTIME_CLIENT_CLASSES) {
            String location = locationOf(className);
            // A runtime client that does without one of them (another version's) leaves it out.
            if (location != null && !entries.contains(location)) {
                entries.add(location);
            }
        }
        return String.join(System.getProperty("path.separator"), entries);
    }

    private static String locationOf(String className) {
        try {
            Class<?> type = Class.forName(className, false, LambdaProcess.class.getClassLoader());
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        }
        catch (ClassNotFoundException ex) {
            if (className.equals(RUNTIME_CLIENT_MAIN)) {
                throw new IllegalStateException("Cannot find the runtime client, " + className + ", on the class path", ex);
            }
            return null;
        }
        catch (URISyntaxException ex) {
            throw new IllegalStateException("Cannot locate " + className, ex);
        }
    }

    private void capture(InputStream stream, List<String> lines, String name) {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    lines.add(line);
                    synchronized (this.outputSignal) {
                        this.outputSignal.notifyAll();
                    }
                }
            }
            catch (IOException ex) {
                // The stream closes when the process is stopped: the output ends there.
            }
        }, "lambda-" + name);
        reader.setDaemon(true);
        reader.start();
    }

    /** Describes a {@link LambdaProcess}. */
    public static final class Builder {

        private final String handler;

        private final List<Path> classpath = new ArrayList<>();

        private Path javaHome = Path.of(System.getProperty("java.home"));

        private Path taskRoot;

        private final List<String> jvmArguments = new ArrayList<>(
                // What Lambda's Java runtimes use by default: fast start over peak throughput.
                List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto"));

        private final Map<String, String> environment = new LinkedHashMap<>();

        private String functionName = "function";

        private int memorySize = 512;

        private String initializationType = "on-demand";

        private String region = "us-east-1";

        private int maxConcurrency;

        private Builder(String handler) {
            this.handler = handler;
        }

        /**
         * @param entries the function's code: a deployment jar, or class directories and jars
         * @return this builder
         */
        public Builder classpath(Path... entries) {
            this.classpath.addAll(List.of(entries));
            return this;
        }

        /**
         * @param directory the task root ({@code LAMBDA_TASK_ROOT} and the working directory), e.g. a
         *     deployment package {@linkplain LambdaProcess#extract extracted} into it: the runtime
         *     client's class loader loads classes and jars ({@code lib/*.jar}) from there, as on
         *     Lambda. Kept when the process closes. Without it, an empty temporary directory.
         * @return this builder
         */
        public Builder taskRoot(Path directory) {
            this.taskRoot = directory.toAbsolutePath();
            return this;
        }

        /**
         * @param home the JDK (or JRE) whose {@code bin/java} runs the function; by default this JVM's
         * @return this builder
         */
        public Builder javaHome(Path home) {
            this.javaHome = home;
            return this;
        }

        /**
         * @param arguments JVM arguments added after the Lambda-like defaults
         * @return this builder
         */
        public Builder jvmArguments(String... arguments) {
            this.jvmArguments.addAll(List.of(arguments));
            return this;
        }

        /**
         * @param name {@code AWS_LAMBDA_FUNCTION_NAME}
         * @return this builder
         */
        public Builder functionName(String name) {
            this.functionName = name;
            return this;
        }

        /**
         * @param megabytes {@code AWS_LAMBDA_FUNCTION_MEMORY_SIZE}
         * @return this builder
         */
        public Builder memorySize(int megabytes) {
            this.memorySize = megabytes;
            return this;
        }

        /**
         * @param type {@code AWS_LAMBDA_INITIALIZATION_TYPE}: {@code on-demand} (the default),
         *     {@code provisioned-concurrency}, {@code snap-start} or {@code lambda-managed-instances}
         * @return this builder
         */
        public Builder initializationType(String type) {
            this.initializationType = type;
            return this;
        }

        /**
         * @param region {@code AWS_REGION}
         * @return this builder
         */
        public Builder region(String region) {
            this.region = region;
            return this;
        }

        /**
         * @param threads {@code AWS_LAMBDA_MAX_CONCURRENCY}: the runtime client's handler threads, as
         *     Lambda Managed Instances set it; 0 (the default) leaves it unset, one thread
         * @return this builder
         */
        public Builder maxConcurrency(int threads) {
            this.maxConcurrency = threads;
            return this;
        }

        /**
         * @param name an environment variable, e.g. {@code SPRING_CLOUD_FUNCTION_DEFINITION}
         * @param value its value
         * @return this builder
         */
        public Builder environment(String name, String value) {
            this.environment.put(name, value);
            return this;
        }

        /**
         * The child's command up to its main class: {@code java}, the JVM options and the class path.
         * @return the command
         */
        List<String> jvmCommand() {
            List<String> command = new ArrayList<>();
            command.add(this.javaHome.resolve("bin").resolve("java").toString());
            // An AOT cache, used or recorded, refuses any -Xshare option; without one the JVM still uses CDS.
            boolean aot = this.jvmArguments.stream().anyMatch((argument) -> argument.startsWith("-XX:AOT"));
            this.jvmArguments.stream()
                .filter((argument) -> !(aot && argument.startsWith("-Xshare:")))
                .forEach(command::add);
            command.add("-cp");
            command.add(LambdaProcess.classpath(this.classpath));
            return command;
        }

        /**
         * Starts the child JVM against {@code runtimeApi}.
         * @param runtimeApi the Runtime API server the runtime client polls
         * @return the running process
         * @throws IOException when the JVM cannot be started
         */
        public LambdaProcess start(LambdaRuntimeApiServer runtimeApi) throws IOException {
            if (this.classpath.isEmpty() && this.taskRoot == null) {
                throw new IllegalStateException("No function code: neither on the classpath nor in a task root");
            }
            return new LambdaProcess(this, runtimeApi);
        }

    }

}
