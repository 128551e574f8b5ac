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

// Over 300 lines on purpose: one command's whole measurement (fresh JVMs interleaved, what their output
// costs, the table) reads best in one place; the child JVM itself is LambdaProcess's job.

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a function costs on Lambda, measured the way Lambda runs it: the deployment package extracted
 * into a task root, AWS's runtime interface client in a fresh JVM with the options Lambda's Java
 * runtimes set for the function's memory size, a {@link LambdaRuntimeApiServer} on loopback and a
 * UDP socket standing in for the X-Ray daemon. Subjects (e.g. Lift on and off, JDK 17 and 25, with
 * and without an AOT cache) run interleaved: run 1 of every subject, then run 2 of every subject in
 * a rotated order, and so on, one fresh JVM each.
 *
 * <p>For each run: the cold first response (from starting the JVM to the response to the first
 * invocation, queued before the start) and the CPU time the JVM used until then; then warm-up
 * invocations; then the measured invocations, one at a time, each timed from queuing the event to
 * the runtime's response (the warm round trip). Over the measured invocations it counts the stdout
 * bytes, the EMF documents, and the custom metrics those documents create in CloudWatch (distinct
 * namespace, metric name and dimension set with its values). It prints each run, then a Markdown
 * table of medians over the runs; ratios are medians of the ratios within a run, against the
 * subject named by {@code ref=}.
 *
 * <p>Usage: {@code LambdaBenchmark [options] <subject>...}, a subject being
 * {@code "label|java-home|setting ..."} where a setting is {@code NAME=VALUE} (an environment
 * variable), a JVM option ({@code -...}), {@code ref=<label>} (the subject its ratios are against),
 * {@code jar=<path>} (another deployment package for this subject, e.g. one built with Spring AOT),
 * {@code handler=<handler>} (another handler for this subject),
 * {@code classpath} (the deployment package also on the JVM's class path, as the sample's
 * integration tests run it), or
 * {@code aot} (train an AOT cache for the subject first, see {@link LambdaAotCache}, then run
 * with it; JDK 25+). Options: {@code --jar} (the deployment package, required), {@code --handler},
 * {@code --event} (the event JSON), {@code --memory} (MB, default 1024), {@code --runs} (default 5),
 * {@code --warmup} (default 200), {@code --invocations} (default 300), {@code --train} (invocations
 * of a training run, default {@value LambdaAotCache#DEFAULT_INVOCATIONS}), {@code --out} (working
 * directory, default {@code target/lambda-benchmark}), {@code --env NAME=VALUE} (for every
 * subject).
 */
public final class LambdaBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String TENANT = "bench";

    private final Path jar;

    private final String handler;

    private final String event;

    private final int memory;

    private final int warmup;

    private final int invocations;

    private final Path taskRoot;

    private LambdaBenchmark(Path jar, String handler, String event, int memory, int warmup, int invocations,
            Path taskRoot) {
        this.jar = jar;
        this.handler = handler;
        this.event = event;
        this.memory = memory;
        this.warmup = warmup;
        this.invocations = invocations;
        this.taskRoot = taskRoot;
    }

    /**
     * Runs the benchmark.
     * @param args options and subjects, see the class description
     * @throws Exception when a function does not start or answer
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> common = new ArrayList<>();
        List<Subject> subjects = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--env")) {
                common.add(args[++i]);
            }
            else if (args[i].startsWith("--")) {
                options.put(args[i].substring(2), args[++i]);
            }
            else {
                subjects.add(Subject.parse(args[i]));
            }
        }
        if (!options.containsKey("jar") || subjects.isEmpty()) {
            System.err.println("Usage: LambdaBenchmark --jar <deployment package> [options] 'label|java-home|setting ...'...");
            System.exit(2);
        }
        Path out = Files.createDirectories(Path.of(options.getOrDefault("out", "target/lambda-benchmark")));
        Path jar = Path.of(options.get("jar"));
        int runs = Integer.parseInt(options.getOrDefault("runs", "5"));
        int train = Integer.parseInt(options.getOrDefault("train", Integer.toString(LambdaAotCache.DEFAULT_INVOCATIONS)));
        LambdaBenchmark benchmark = new LambdaBenchmark(jar,
                options.getOrDefault("handler", LambdaAotCache.DEFAULT_HANDLER),
                options.getOrDefault("event", "\"hello\""), Integer.parseInt(options.getOrDefault("memory", "1024")),
                Integer.parseInt(options.getOrDefault("warmup", "200")),
                Integer.parseInt(options.getOrDefault("invocations", "300")),
                LambdaProcess.extract(jar, out.resolve("task")));
        for (Subject subject : subjects) {
            subject.settings.addAll(0, common);
            if (subject.handler == null) {
                subject.handler = benchmark.handler;
            }
            if (subject.jar == null) {
                subject.jar = jar;
                subject.taskRoot = benchmark.taskRoot;
            }
            else {
                subject.taskRoot = LambdaProcess.extract(subject.jar, out.resolve("task-" + subject.slug()));
            }
            if (subject.classpath) {
                subject.settings.add(0, "classpath=" + subject.jar.toAbsolutePath());
            }
        }

        System.out.printf("jar: %s; %d MB; %d runs of each subject, interleaved; %d warm-up and %d measured invocations per run%n",
                jar.getFileName(), benchmark.memory, runs, benchmark.warmup, benchmark.invocations);
        System.out.printf("machine: %d cores; load average %s; %s%n", Runtime.getRuntime().availableProcessors(),
                loadAverage(), Instant.now());
        for (Subject subject : subjects) {
            if (subject.aot) {
                subject.cache = out.resolve(subject.slug() + ".aot");
                Files.deleteIfExists(subject.cache);
                LambdaAotCache.Result result = new LambdaAotCache(subject.jar, subject.handler, benchmark.event,
                        TENANT, train, benchmark.memory)
                    .train(subject.javaHome, subject.taskRoot, subject.settings, subject.cache);
                System.out.printf("%s: AOT cache trained with %d invocations in %d ms: %s, %d MB%n", subject.label,
                        train, result.elapsed().toMillis(), subject.cache.getFileName(),
                        Files.size(subject.cache) / (1024 * 1024));
            }
        }

        System.out.println();
        System.out.println("run subject: cold ms, cold CPU ms, warm median ms, warm CPU ms/inv, stdout bytes/inv, "
                + "EMF docs/inv, custom metrics");
        for (int run = 0; run < runs; run++) {
            for (int i = 0; i < subjects.size(); i++) {
                Subject subject = subjects.get((i + run) % subjects.size());
                Measurement m = benchmark.measure(subject);
                subject.measurements.add(m);
                System.out.printf(Locale.ROOT, "%d %s: %d, %d, %.2f, %.2f, %.0f, %.2f, %d%n", run + 1, subject.label,
                        m.cold.toMillis(), m.coldCpu.toMillis(), m.warmMedianMs, m.warmCpuMs, m.bytesPerInvocation,
                        m.emfPerInvocation, m.customMetrics.size());
            }
        }
        System.out.printf("load average at the end: %s%n%n", loadAverage());
        printTable(subjects);
        for (Subject subject : subjects) {
            Measurement last = subject.measurements.get(subject.measurements.size() - 1);
            System.out.printf("%n%s: custom metrics of the warm invocations:%n", subject.label);
            last.customMetrics.forEach((metric) -> System.out.println("  " + metric));
        }
    }

    private Measurement measure(Subject subject) throws Exception {
        try (LambdaRuntimeApiServer server = LambdaRuntimeApiServer
            .start("arn:aws:lambda:us-east-1:123456789012:function:benchmark");
                DatagramSocket xrayDaemon = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            drain(xrayDaemon);
            LambdaProcess.Builder builder = LambdaAotCache.builder(subject.handler, subject.javaHome, subject.taskRoot,
                    this.memory, subject.settings)
                .environment("AWS_XRAY_DAEMON_ADDRESS", "127.0.0.1:" + xrayDaemon.getLocalPort());
            if (subject.cache != null) {
                builder.jvmArguments("-XX:AOTCache=" + subject.cache.toAbsolutePath());
            }
            var first = server.invoke(LambdaEvent.of(this.event).withTenantId(TENANT));
            long start = System.nanoTime();
            try (LambdaProcess process = builder.start(server)) {
                LambdaOutcome outcome = process.await(first, Duration.ofMinutes(3));
                Duration cold = Duration.ofNanos(System.nanoTime() - start);
                Duration coldCpu = process.cpuTime();
                check(subject, outcome, process);
                for (int i = 0; i < this.warmup; i++) {
                    check(subject, invoke(server, process), process);
                }
                settle(process);
                int from = process.stdout().size();
                Duration cpuBefore = process.cpuTime();
                double[] roundTrips = new double[this.invocations];
                for (int i = 0; i < this.invocations; i++) {
                    long sent = System.nanoTime();
                    LambdaOutcome warm = invoke(server, process);
                    roundTrips[i] = (System.nanoTime() - sent) / 1e6;
                    check(subject, warm, process);
                }
                double cpuPerInvocation = (process.cpuTime().minus(cpuBefore).toNanos() / 1e6) / this.invocations;
                settle(process);
                List<String> lines = process.stdout();
                lines = lines.subList(from, lines.size());
                long bytes = 0;
                int emf = 0;
                Set<String> metrics = new HashSet<>();
                for (String line : lines) {
                    bytes += line.getBytes(StandardCharsets.UTF_8).length + 1;
                    JsonNode directives = emfDirectives(line);
                    if (directives != null) {
                        emf++;
                        metrics.addAll(customMetrics(directives, json(line)));
                    }
                }
                Arrays.sort(roundTrips);
                return new Measurement(cold, coldCpu, roundTrips[roundTrips.length / 2], cpuPerInvocation,
                        (double) bytes / this.invocations, (double) emf / this.invocations,
                        new TreeSet<>(metrics));
            }
        }
    }

    private LambdaOutcome invoke(LambdaRuntimeApiServer server, LambdaProcess process) throws Exception {
        return process.await(server.invoke(LambdaEvent.of(this.event).withTenantId(TENANT)), Duration.ofSeconds(30));
    }

    private static void check(Subject subject, LambdaOutcome outcome, LambdaProcess process) {
        if (outcome.error()) {
            throw new IllegalStateException(subject.label + ": the invocation failed: " + outcome.body() + "\n"
                    + String.join("\n", process.output()));
        }
    }

    /** Waits until the function's output has been quiet for a moment: what it writes after a response is read. */
    private static void settle(LambdaProcess process) throws InterruptedException {
        int lines = -1;
        while (lines != process.stdout().size()) {
            lines = process.stdout().size();
            Thread.sleep(300);
        }
    }

    private static void drain(DatagramSocket socket) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[65536];
            while (!socket.isClosed()) {
                try {
                    socket.receive(new DatagramPacket(buffer, buffer.length));
                }
                catch (IOException ex) {
                    // Closed: the run is over.
                }
            }
        }, "xray-daemon");
        thread.setDaemon(true);
        thread.start();
    }

    private static JsonNode json(String line) {
        int start = line.indexOf('{');
        if (start < 0) {
            return null;
        }
        try {
            return JSON.readTree(line.substring(start));
        }
        catch (IOException ex) {
            return null;
        }
    }

    private static JsonNode emfDirectives(String line) {
        if (!line.contains("\"CloudWatchMetrics\"")) {
            return null;
        }
        JsonNode document = json(line);
        JsonNode directives = (document != null) ? document.at("/_aws/CloudWatchMetrics") : null;
        return (directives != null && directives.isArray()) ? directives : null;
    }

    /** The custom metrics an EMF document creates: one per namespace, metric name and dimension set with its values. */
    private static List<String> customMetrics(JsonNode directives, JsonNode document) {
        List<String> metrics = new ArrayList<>();
        for (JsonNode directive : directives) {
            String namespace = directive.path("Namespace").asText();
            List<JsonNode> dimensionSets = new ArrayList<>();
            directive.path("Dimensions").forEach(dimensionSets::add);
            if (dimensionSets.isEmpty()) {
                dimensionSets.add(JSON.createArrayNode());
            }
            for (JsonNode metric : directive.path("Metrics")) {
                for (JsonNode dimensionSet : dimensionSets) {
                    Map<String, String> dimensions = new TreeMap<>();
                    dimensionSet.forEach((name) -> dimensions.put(name.asText(), document.path(name.asText()).asText()));
                    metrics.add(namespace + " " + metric.path("Name").asText() + " " + dimensions);
                }
            }
        }
        return metrics;
    }

    private static void printTable(List<Subject> subjects) {
        System.out.println("| subject | cold first response, ms | vs ref | cold CPU, ms | vs ref | warm round trip, ms "
                + "| vs ref | warm CPU / invocation, ms | vs ref | stdout bytes / invocation | EMF documents / invocation "
                + "| custom metrics |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (Subject subject : subjects) {
            Subject ref = subjects.stream()
                .filter((s) -> s.label.equalsIgnoreCase(subject.ref) || s.slug().equalsIgnoreCase(subject.ref))
                .findFirst()
                .orElse(null);
            List<Measurement> ms = subject.measurements;
            System.out.printf(Locale.ROOT, "| %s | %.0f | %s | %.0f | %s | %.2f | %s | %.2f | %s | %.0f | %.2f | %d |%n",
                    subject.label, median(ms.stream().mapToDouble((m) -> m.cold.toMillis()).toArray()),
                    ratio(subject, ref, (m) -> m.cold.toNanos()),
                    median(ms.stream().mapToDouble((m) -> m.coldCpu.toMillis()).toArray()),
                    ratio(subject, ref, (m) -> m.coldCpu.toNanos()),
                    median(ms.stream().mapToDouble((m) -> m.warmMedianMs).toArray()),
                    ratio(subject, ref, Measurement::warmMedianMs),
                    median(ms.stream().mapToDouble((m) -> m.warmCpuMs).toArray()),
                    ratio(subject, ref, Measurement::warmCpuMs),
                    median(ms.stream().mapToDouble((m) -> m.bytesPerInvocation).toArray()),
                    median(ms.stream().mapToDouble((m) -> m.emfPerInvocation).toArray()),
                    ms.get(ms.size() - 1).customMetrics.size());
        }
    }

    /** The median of the ratios run by run: both subjects of a run ran one after the other. */
    private static String ratio(Subject subject, Subject ref, ToDoubleFunction<Measurement> figure) {
        if (ref == null || ref == subject) {
            return "";
        }
        int runs = Math.min(subject.measurements.size(), ref.measurements.size());
        double[] ratios = new double[runs];
        for (int i = 0; i < runs; i++) {
            Measurement a = subject.measurements.get(i);
            Measurement b = ref.measurements.get(i);
            ratios[i] = figure.applyAsDouble(a) / figure.applyAsDouble(b);
        }
        return String.format(Locale.ROOT, "%.2fx", median(ratios));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return (n % 2 == 1) ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        }
        catch (IOException ex) {
            return "unknown";
        }
    }

    private record Measurement(Duration cold, Duration coldCpu, double warmMedianMs, double warmCpuMs,
            double bytesPerInvocation,
            double emfPerInvocation, Set<String> customMetrics) {
    }

    private static final class Subject {

        private final String label;

        private final Path javaHome;

        private final List<String> settings = new ArrayList<>();

        private final List<Measurement> measurements = new ArrayList<>();

        private String ref;

        private boolean aot;

        private boolean classpath;

        private Path jar;

        private Path taskRoot;

        private String handler;

        private Path cache;

        private Subject(String label, Path javaHome) {
            this.label = label;
            this.javaHome = javaHome;
        }

        static Subject parse(String text) {
            String[] parts = text.split("\\|", -1);
            if (parts.length < 2) {
                throw new IllegalArgumentException("A subject is 'label|java-home|settings', not '" + text + "'");
            }
            Subject subject = new Subject(parts[0].trim(),
                    parts[1].isBlank() ? Path.of(System.getProperty("java.home")) : Path.of(parts[1].trim()));
            if (parts.length > 2) {
                for (String setting : parts[2].trim().split("\\s+")) {
                    if (setting.isEmpty()) {
                        continue;
                    }
                    if (setting.equals("aot")) {
                        subject.aot = true;
                    }
                    else if (setting.startsWith("handler=")) {
                        subject.handler = setting.substring("handler=".length());
                    }
                    else if (setting.startsWith("jar=")) {
                        subject.jar = Path.of(setting.substring("jar=".length()));
                    }
                    else if (setting.equals("classpath")) {
                        subject.classpath = true;
                    }
                    else if (setting.startsWith("ref=")) {
                        subject.ref = setting.substring("ref=".length());
                    }
                    else {
                        subject.settings.add(setting);
                    }
                }
            }
            return subject;
        }

        String slug() {
            return this.label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        }

    }

}
