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

package dev.lift.sample.lambda;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lift.test.lambda.LambdaEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CloudWatch dashboard and alarms of {@code template.yaml} name only metrics the sample emits:
 * the sample's {@code downstream} function runs under AWS's runtime interface client, is called so
 * that it succeeds, fails, is rate limited, times out and has its circuit opened, and every EMF
 * document it prints is collected. Each metric of the dashboard's and the alarms' queries (namespace,
 * name and dimension set) must be one of those, and each dimension value they filter on must be one
 * the run emitted.
 */
class DashboardMetricsIT {

    /** The sample's SAM template, beside the tests' module, or in sample-app seen from sample-app-boot3. */
    private static final Path TEMPLATE = Files.isRegularFile(Path.of("template.yaml")) ? Path.of("template.yaml")
            : Path.of("../sample-app/template.yaml");

    /** {@code FROM SCHEMA("namespace", dimension, ...)} of a Metrics Insights query. */
    private static final Pattern INSIGHTS = Pattern
        .compile("SELECT\\s+\\w+\\(\"([^\"]+)\"\\)\\s+FROM\\s+SCHEMA\\(\"([^\"]+)\"((?:\\s*,\\s*[\\w.-]+)*)\\s*\\)(.*)");

    /** {@code dimension = 'value'} in a Metrics Insights WHERE clause. */
    private static final Pattern INSIGHTS_FILTER = Pattern.compile("([\\w.-]+)\\s*=\\s*'([^']*)'");

    /** {@code SEARCH('{namespace,dimension,...} MetricName="name" dimension="value"', ...)}. */
    private static final Pattern SEARCH = Pattern.compile("SEARCH\\('\\{([^}]*)\\}([^']*)'");

    private static final Pattern SEARCH_FILTER = Pattern.compile("([\\w.-]+)=\"([^\"]*)\"");

    private static SampleLambda lambda;

    /** What the run emitted: "namespace|metric|dimension,dimension" to the values seen per dimension. */
    private static final Map<String, Map<String, Set<String>>> emitted = new TreeMap<>();

    @BeforeAll
    static void runTheSampleThroughEveryOutcome() throws Exception {
        lambda = SampleLambda.start("downstream", 0, (builder) -> builder.initializationType("on-demand")
            .jvmArguments("-Dsample.downstream.failure-rate=0.5", "-Dsample.downstream.latency=100ms",
                    "-Dlift.retry.operations.downstream.max-attempts=1"));
        // Successes and errors: one call in two fails, below the breakers' minimum of 10 calls each.
        for (int tenant = 0; tenant < 6; tenant++) {
            for (int call = 0; call < 5; call++) {
                lambda.invoke(LambdaEvent.of("\"hello\"").withTenantId("tenant-" + tenant));
            }
        }
        // Rate limited: the trial tenant may make 3 calls a minute.
        for (int call = 0; call < 5; call++) {
            lambda.invoke(LambdaEvent.of("\"hello\"").withTenantId("trial"));
        }
        // Timeouts: 300ms left leaves 50ms after the deadline margin, the downstream takes 100ms; ten
        // timeouts open the tenant's circuit, which refuses the next calls.
        LambdaEvent last = null;
        for (int call = 0; call < 13; call++) {
            last = LambdaEvent.of("\"hello\"").withTenantId("slow").withTimeout(Duration.ofMillis(300));
            lambda.invoke(last);
        }
        String lastRequestId = last.requestId();
        lambda.process().awaitOutput((line) -> line.contains("Invocation finished") && line.contains(lastRequestId),
                SampleLambda.START_TIMEOUT);
        for (JsonNode document : lambda.jsonLogLines()) {
            // Every metric directive of a document, every dimension set of a directive.
            for (JsonNode directive : document.path("_aws").path("CloudWatchMetrics")) {
                for (JsonNode dimensionSet : directive.path("Dimensions")) {
                    List<String> dimensions = new ArrayList<>();
                    dimensionSet.forEach((dimension) -> dimensions.add(dimension.asText()));
                    for (JsonNode metric : directive.path("Metrics")) {
                        Map<String, Set<String>> values = emitted.computeIfAbsent(
                                key(directive.path("Namespace").asText(), metric.path("Name").asText(), dimensions),
                                (k) -> new TreeMap<>());
                        dimensions.forEach((dimension) -> values.computeIfAbsent(dimension, (d) -> new TreeSet<>())
                            .add(document.path(dimension).asText()));
                    }
                }
            }
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (lambda != null) {
            lambda.close();
        }
    }

    @Test
    void theRunCoversEveryOutcomeTheDashboardShows() {
        Map<String, Set<String>> invocation = emitted.get(key("LiftSample", "lift.invocation",
                List.of("operation", "outcome", "tenant")));
        assertThat(invocation).as("lift.invocation in %s", emitted.keySet()).isNotNull();
        assertThat(invocation.get("outcome")).contains("success", "error", "rejected");
        Map<String, Set<String>> rejections = emitted.get(key("LiftSample", "lift.invocation.rejections",
                List.of("operation", "pattern", "tenant")));
        assertThat(rejections).as("lift.invocation.rejections in %s", emitted.keySet()).isNotNull();
        assertThat(rejections.get("pattern")).contains("rate-limit", "timeout", "circuit-breaker");
    }

    @Test
    void everyMetricOfTheDashboardIsOneTheSampleEmits() throws IOException {
        List<String> expressions = new ArrayList<>();
        JsonNode dashboard = SampleLambda.json(substitute(sub(resource("LiftDashboard").get("DashboardBody"))));
        for (JsonNode widget : dashboard.path("widgets")) {
            for (JsonNode line : widget.path("properties").path("metrics")) {
                for (JsonNode entry : line) {
                    assertThat(entry.has("expression")).as("widget %s names its metrics by query", widget).isTrue();
                    expressions.add(entry.get("expression").asText());
                }
            }
        }
        assertThat(expressions).hasSizeGreaterThanOrEqualTo(8);
        expressions.forEach(DashboardMetricsIT::assertEmitted);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyMetricOfTheAlarmsIsOneTheSampleEmits() throws IOException {
        Map<String, Object> resources = (Map<String, Object>) template().get("Resources");
        List<String> expressions = new ArrayList<>();
        for (Map.Entry<String, Object> resource : resources.entrySet()) {
            Map<String, Object> definition = (Map<String, Object>) resource.getValue();
            if ("AWS::CloudWatch::Alarm".equals(definition.get("Type"))) {
                Map<String, Object> properties = (Map<String, Object>) definition.get("Properties");
                assertThat(properties).as(resource.getKey() + " uses metric queries").doesNotContainKey("MetricName");
                for (Object query : (List<Object>) properties.get("Metrics")) {
                    expressions.add(substitute(sub(((Map<String, Object>) query).get("Expression"))));
                }
            }
        }
        assertThat(expressions).hasSizeGreaterThanOrEqualTo(4);
        expressions.forEach(DashboardMetricsIT::assertEmitted);
    }

    /** Checks the metrics of one Metrics Insights query or metric math expression with SEARCH. */
    private static void assertEmitted(String expression) {
        Matcher insights = INSIGHTS.matcher(expression);
        Matcher search = SEARCH.matcher(expression);
        if (insights.matches()) {
            List<String> dimensions = new ArrayList<>();
            for (String dimension : insights.group(3).split(",")) {
                if (!dimension.isBlank()) {
                    dimensions.add(dimension.trim());
                }
            }
            Map<String, Set<String>> values = assertKnown(expression, insights.group(2), insights.group(1), dimensions);
            String rest = insights.group(4);
            Matcher filter = INSIGHTS_FILTER.matcher(rest);
            while (filter.find()) {
                assertThat(values.get(filter.group(1))).as("%s: values of %s", expression, filter.group(1))
                    .contains(filter.group(2));
            }
            Matcher grouping = Pattern.compile("GROUP BY ([\\w.,\\s-]+?)(?:\\s+ORDER BY.*)?$").matcher(rest);
            if (grouping.find()) {
                for (String dimension : grouping.group(1).split(",")) {
                    assertThat(dimensions).as("%s groups by a dimension of its schema", expression)
                        .contains(dimension.trim());
                }
            }
            return;
        }
        assertThat(search.find()).as("a Metrics Insights query or a SEARCH: %s", expression).isTrue();
        do {
            List<String> schema = new ArrayList<>(List.of(search.group(1).split(",")));
            String namespace = schema.remove(0);
            String metric = null;
            Map<String, String> filters = new TreeMap<>();
            Matcher filter = SEARCH_FILTER.matcher(search.group(2));
            while (filter.find()) {
                if (filter.group(1).equals("MetricName")) {
                    metric = filter.group(2);
                }
                else {
                    filters.put(filter.group(1), filter.group(2));
                }
            }
            assertThat(metric).as("%s names its metric", expression).isNotNull();
            Map<String, Set<String>> values = assertKnown(expression, namespace, metric, schema);
            filters.forEach((dimension, value) -> assertThat(values.get(dimension))
                .as("%s: values of %s", expression, dimension).contains(value));
        }
        while (search.find());
    }

    private static Map<String, Set<String>> assertKnown(String expression, String namespace, String metric,
            List<String> dimensions) {
        String key = key(namespace, metric, dimensions);
        assertThat(emitted).as("%s reads %s", expression, key).containsKey(key);
        return emitted.get(key);
    }

    private static String key(String namespace, String metric, List<String> dimensions) {
        return namespace + "|" + metric + "|" + String.join(",", new TreeSet<>(dimensions));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resource(String name) throws IOException {
        Map<String, Object> resources = (Map<String, Object>) template().get("Resources");
        return (Map<String, Object>) ((Map<String, Object>) resources.get(name)).get("Properties");
    }

    /** The text of a {@code !Sub} value. */
    @SuppressWarnings("unchecked")
    private static String sub(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (String) ((Map<String, Object>) value).get("!Sub");
    }

    /** Replaces the template's parameters with their defaults, as a deployment without overrides does. */
    @SuppressWarnings("unchecked")
    private static String substitute(String text) throws IOException {
        Map<String, Object> parameters = (Map<String, Object>) template().get("Parameters");
        String result = text.replace("${AWS::Region}", "us-east-1").replace("${AWS::StackName}", "lift");
        for (Map.Entry<String, Object> parameter : parameters.entrySet()) {
            Object value = ((Map<String, Object>) parameter.getValue()).get("Default");
            result = result.replace("${" + parameter.getKey() + "}", String.valueOf(value));
        }
        assertThat(result).as("every ${...} of the text is known").doesNotContain("${");
        return result;
    }

    private static Map<String, Object> template() throws IOException {
        try (Reader reader = Files.newBufferedReader(TEMPLATE)) {
            return new Yaml(new CloudFormationConstructor()).load(reader);
        }
    }

    /** Reads CloudFormation's short-form functions ({@code !Sub x}) as {@code {"!Sub": x}}. */
    private static final class CloudFormationConstructor extends SafeConstructor {

        CloudFormationConstructor() {
            super(new LoaderOptions());
            this.yamlMultiConstructors.put("!", new AbstractConstruct() {

                @Override
                public Object construct(Node node) {
                    Object value;
                    if (node instanceof ScalarNode scalar) {
                        value = constructScalar(scalar);
                    }
                    else if (node instanceof SequenceNode sequence) {
                        value = constructSequence(sequence);
                    }
                    else {
                        value = constructMapping((MappingNode) node);
                    }
                    return Map.of(node.getTag().getValue(), value);
                }

            });
        }

    }

}
