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

// Over 300 lines on purpose: the command's options, the training run, the JDK's two steps (record, then
// create) and the launcher that starts the function with the cache are one job, read in that order.

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Creates a JDK AOT cache (JEP 483, 514, 515: classes loaded and linked, method profiles) for a
 * function by a training run, as SnapStart priming does: the function runs the way Lambda runs it
 * (its deployment package in the task root, AWS's runtime interface client, Lambda's JVM options) in
 * a JVM recording an AOT configuration, answers synthetic invocations from a
 * {@link LambdaRuntimeApiServer} on loopback, and is then stopped; at exit the JVM writes what it
 * saw, from which a second JVM creates the cache. Start the function with
 * {@code -XX:AOTCache=<file>} on the same JVM build, the same runtime client and the same task root:
 * on Lambda through the launcher script {@code --launcher} writes, not {@code JAVA_TOOL_OPTIONS},
 * which the JVM refuses beside Lambda's {@code -Xshare} option (docs/lambda.md).
 *
 * <p>Usage: {@code LambdaAotCache --jar <deployment package> [options] [NAME=VALUE | -option]...}:
 * environment variables and JVM options of the function. Options: {@code --handler} (default Lift's
 * {@value #DEFAULT_HANDLER}), {@code --event} (the event JSON, or {@code @file}), {@code --tenant}
 * (Lambda's tenant id header, default {@code training}), {@code --invocations} (default
 * {@value #DEFAULT_INVOCATIONS}), {@code --memory} (MB, default 1024), {@code --java-home} (default
 * this JVM's), {@code --task-root} (where the package is, or is extracted to; default a directory
 * next to the cache), {@code --output} (default the jar's path with {@code .aot} for {@code .jar}),
 * {@code --launcher} (also write a shell script that starts the runtime client with the cache and
 * the training run's JVM options and class path: a container image's entry point),
 * {@code --class-path} (put the jar itself on the JVM's class path instead of extracting it into the
 * task root: the cache then holds the function's classes linked, as it does only for the JDK's own
 * class loaders; the launcher does the same).
 * Needs JDK 25 or later; prints the cache's path.
 */
public final class LambdaAotCache {

    /** Lift's Lambda handler. */
    public static final String DEFAULT_HANDLER = "dev.lift.autoconfigure.lambda.LiftFunctionInvoker::handleRequest";

    /** The invocations of a training run unless told otherwise. */
    public static final int DEFAULT_INVOCATIONS = 100;

    // At exit the JVM writes the AOT configuration: tens of megabytes, seconds on a busy machine.
    private static final Duration EXIT_TIMEOUT = Duration.ofMinutes(2);

    private final Path jar;

    private final String handler;

    private final String event;

    private final String tenant;

    private final int invocations;

    private final int memory;

    LambdaAotCache(Path jar, String handler, String event, String tenant, int invocations, int memory) {
        this.jar = jar;
        this.handler = handler;
        this.event = event;
        this.tenant = tenant;
        this.invocations = invocations;
        this.memory = memory;
    }

    /**
     * Runs one training run.
     * @param args options and settings, see the class description
     * @throws Exception when the function fails or no cache is written
     */
    public static void main(String[] args) throws Exception {
        String jar = null;
        String handler = DEFAULT_HANDLER;
        String event = "{}";
        String tenant = "training";
        int invocations = DEFAULT_INVOCATIONS;
        int memory = 1024;
        Path javaHome = Path.of(System.getProperty("java.home"));
        Path taskRoot = null;
        Path output = null;
        Path launcher = null;
        boolean onClassPath = false;
        List<String> settings = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--jar" -> jar = args[++i];
                case "--handler" -> handler = args[++i];
                case "--event" -> event = args[++i];
                case "--tenant" -> tenant = args[++i];
                case "--invocations" -> invocations = Integer.parseInt(args[++i]);
                case "--memory" -> memory = Integer.parseInt(args[++i]);
                case "--java-home" -> javaHome = Path.of(args[++i]);
                case "--task-root" -> taskRoot = Path.of(args[++i]);
                case "--output" -> output = Path.of(args[++i]);
                case "--launcher" -> launcher = Path.of(args[++i]);
                case "--class-path" -> onClassPath = true;
                default -> settings.add(args[i]);
            }
        }
        if (jar == null) {
            System.err.println("Usage: LambdaAotCache --jar <deployment package> [--handler H] [--event JSON|@file] "
                    + "[--invocations N] [--memory MB] [--java-home DIR] [--task-root DIR] [--output FILE] "
                    + "[--launcher FILE] [--class-path] "
                    + "[NAME=VALUE | -option]...");
            System.exit(2);
        }
        Path deploymentPackage = Path.of(jar).toAbsolutePath();
        if (output == null) {
            output = deploymentPackage.resolveSibling(deploymentPackage.getFileName().toString().replaceFirst("\\.(jar|zip)$", "") + ".aot");
        }
        if (onClassPath) {
            // The jar itself on the JVM's class path: the application class loader finds the function
            // before the runtime client's loader looks in the task root, and the cache links its classes.
            settings.add(0, "classpath=" + deploymentPackage);
            taskRoot = Files.createDirectories((taskRoot != null) ? taskRoot : deploymentPackage.getParent());
        }
        else if (taskRoot == null) {
            taskRoot = LambdaProcess.extract(deploymentPackage, output.resolveSibling("aot-task-root"));
        }
        else if (!Files.exists(taskRoot.resolve("META-INF")) && !Files.exists(taskRoot.resolve("lib"))) {
            LambdaProcess.extract(deploymentPackage, taskRoot);
        }
        if (event.startsWith("@")) {
            event = Files.readString(Path.of(event.substring(1)));
        }
        Files.deleteIfExists(output);
        Result result = new LambdaAotCache(deploymentPackage, handler, event, tenant, invocations, memory)
            .train(javaHome, taskRoot, settings, output);
        if (launcher != null) {
            writeLauncher(launcher, javaHome, taskRoot, memory, settings, output);
        }
        System.out.printf("AOT cache: %s (%d MB) after %d invocations in %d ms; start the function with "
                + "-XX:AOTCache=%s, task root %s%n", output, Files.size(output) / (1024 * 1024), invocations,
                result.elapsed().toMillis(), output.getFileName(), taskRoot);
    }

    /**
     * One training run: the function answers the invocations, then stops, and its JVM writes the cache.
     * @param javaHome the JDK that runs the function (the cache works only with the same build)
     * @param taskRoot the task root holding the extracted deployment package
     * @param settings environment variables ({@code NAME=VALUE}) and JVM options of the function
     * @param cache the cache file to write
     * @return how it went
     */
    Result train(Path javaHome, Path taskRoot, List<String> settings, Path cache) throws Exception {
        long start = System.nanoTime();
        try (LambdaRuntimeApiServer server = LambdaRuntimeApiServer.start()) {
            // Two steps (JEP 483) rather than -XX:AOTCacheOutput: the one-step form writes no cache when
            // the JVM ends on SIGTERM, and the runtime client never ends by itself.
            Path configuration = cache.resolveSibling(cache.getFileName() + "conf").toAbsolutePath();
            Files.deleteIfExists(configuration);
            LambdaProcess.Builder builder = builder(this.handler, javaHome, taskRoot, this.memory, settings)
                .jvmArguments("-XX:AOTMode=record", "-XX:AOTConfiguration=" + configuration);
            try (LambdaProcess process = builder.start(server)) {
                for (int i = 0; i <= this.invocations; i++) {
                    LambdaOutcome outcome = process.await(
                            server.invoke(LambdaEvent.of(this.event).withTenantId(this.tenant)), Duration.ofMinutes(3));
                    if (outcome.error()) {
                        throw new IllegalStateException("The training invocation failed: " + outcome.body());
                    }
                }
                int exit = process.stop(EXIT_TIMEOUT);
                if (!Files.exists(configuration)) {
                    throw new IllegalStateException("No AOT configuration written (exit code " + exit + "):\n"
                            + String.join("\n", process.output()));
                }
            }
            List<String> create = builder(this.handler, javaHome, taskRoot, this.memory, settings)
                .jvmArguments("-XX:AOTMode=create", "-XX:AOTConfiguration=" + configuration,
                        "-XX:AOTCache=" + cache.toAbsolutePath())
                .jvmCommand();
            Process assembly = new ProcessBuilder(create).directory(taskRoot.toFile()).redirectErrorStream(true).start();
            String output = new String(assembly.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (assembly.waitFor() != 0 || !Files.exists(cache)) {
                throw new IllegalStateException("No AOT cache created:\n" + output);
            }
            Files.delete(configuration);
        }
        return new Result(Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Writes a shell script that starts the runtime client with the cache, exactly as the training run
     * started it (JVM options, class path; the function's environment settings are left to the
     * function's configuration): a container image's entry point, its handler the argument.
     */
    private static void writeLauncher(Path launcher, Path javaHome, Path taskRoot, int memory, List<String> settings,
            Path cache) throws IOException {
        List<String> jvmSettings = settings.stream()
            .filter((setting) -> setting.startsWith("-") || setting.startsWith("classpath="))
            .toList();
        List<String> command = new ArrayList<>(builder("handler", javaHome, taskRoot, memory, jvmSettings)
            .jvmArguments("-XX:AOTCache=" + cache.toAbsolutePath())
            .jvmCommand());
        command.add(LambdaProcess.RUNTIME_CLIENT_MAIN);
        StringBuilder script = new StringBuilder("#!/bin/sh\n")
            .append("# Written by LambdaAotCache: the JVM options and class path of the training run, which the AOT\n")
            .append("# cache requires. The handler is the argument (the image's CMD).\n")
            .append("cd ").append(quote(taskRoot.toAbsolutePath().toString())).append("\n")
            .append("exec");
        command.forEach((part) -> script.append(' ').append(quote(part)));
        script.append(" \"$@\"\n");
        Files.writeString(launcher, script);
        launcher.toFile().setExecutable(true, false);
        System.out.println("Launcher: " + launcher);
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    /**
     * A function as Lambda's Java runtimes start it: the options they give the JVM for
     * {@code memory} MB and the {@code AWS_EXECUTION_ENV} of the JDK's feature version.
     * @param handler the handler
     * @param javaHome the JDK
     * @param taskRoot the task root holding the extracted deployment package
     * @param memory the function's memory size, MB
     * @param settings environment variables ({@code NAME=VALUE}), JVM options and
     *     {@code classpath=<path>} (code on the JVM's class path, found before the task root's)
     * @return the builder
     */
    static LambdaProcess.Builder builder(String handler, Path javaHome, Path taskRoot, int memory,
            List<String> settings) throws IOException {
        LambdaProcess.Builder builder = LambdaProcess.builder(handler)
            .javaHome(javaHome)
            .taskRoot(taskRoot)
            .memorySize(memory)
            .jvmArguments(lambdaJvmOptions(memory).toArray(String[]::new))
            .environment("AWS_EXECUTION_ENV", "AWS_Lambda_java" + featureVersion(javaHome));
        for (String setting : settings) {
            if (setting.startsWith("classpath=")) {
                builder.classpath(Path.of(setting.substring("classpath=".length())));
            }
            else if (setting.startsWith("-")) {
                builder.jvmArguments(setting);
            }
            else {
                int equals = setting.indexOf('=');
                if (equals <= 0) {
                    throw new IllegalArgumentException("A setting is NAME=VALUE or a JVM option, not '" + setting + "'");
                }
                builder.environment(setting.substring(0, equals), setting.substring(equals + 1));
            }
        }
        return builder;
    }

    /**
     * The JVM options Lambda's Java 17+ runtimes add to those {@link LambdaProcess} always sets
     * (C1 only, serial GC, CDS): heap 85 %, metaspace 10 % and code cache 5 % of the memory size,
     * IPv4.
     * @param memory the function's memory size, MB
     * @return the options
     */
    static List<String> lambdaJvmOptions(int memory) {
        long kilobytes = memory * 1024L;
        return List.of(String.format(Locale.ROOT, "-XX:MaxHeapSize=%dk", Math.round(kilobytes * 0.85)),
                String.format(Locale.ROOT, "-XX:MaxMetaspaceSize=%dk", Math.round(kilobytes * 0.10)),
                String.format(Locale.ROOT, "-XX:ReservedCodeCacheSize=%dk", Math.round(kilobytes * 0.05)),
                "-Djava.net.preferIPv4Stack=true");
    }

    private static String featureVersion(Path javaHome) throws IOException {
        Path release = javaHome.resolve("release");
        if (Files.exists(release)) {
            for (String line : Files.readAllLines(release)) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    return version.split("[.+-]")[0];
                }
            }
        }
        return Integer.toString(Runtime.version().feature());
    }

    /**
     * How a training run went.
     * @param elapsed from starting the function to the cache written
     */
    record Result(Duration elapsed) {
    }

}
