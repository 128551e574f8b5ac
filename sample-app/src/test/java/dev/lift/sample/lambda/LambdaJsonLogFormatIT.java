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

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lift.test.lambda.LambdaEvent;
import dev.lift.test.lambda.LambdaOutcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample's {@code uppercase} function under Lambda's JSON log format ({@code LoggingConfig:
 * LogFormat: JSON, ApplicationLogLevel: ERROR}), run by AWS's runtime interface client, which then
 * formats its own logger's lines as JSON and passes what the function prints on standard output
 * through unchanged. Lambda filters those lines by their {@code level} member: a JSON line without
 * a valid {@code level} and {@code timestamp} counts as {@code INFO} and is dropped below
 * {@code ERROR}, metrics and all. {@link #keptByLambda} states that rule.
 */
class LambdaJsonLogFormatIT {

    private static final List<String> LEVELS = List.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL");

    private static final String APPLICATION_LOG_LEVEL = "ERROR";

    private static SampleLambda lambda;

    @BeforeAll
    static void start() throws Exception {
        lambda = SampleLambda.start("uppercase", 0, (builder) -> builder.environment("AWS_LAMBDA_LOG_FORMAT", "JSON")
            .environment("AWS_LAMBDA_LOG_LEVEL", APPLICATION_LOG_LEVEL));
    }

    @AfterAll
    static void stop() throws Exception {
        lambda.close();
    }

    @Test
    void everyEmfDocumentIsALineOfItsOwnThatLambdaKeepsAndCloudWatchCanRead() throws Exception {
        for (int i = 0; i < 3; i++) {
            LambdaOutcome outcome = lambda.invoke(LambdaEvent.of("\"hello lift\"").withTenantId("acme"));
            assertThat(outcome.error()).as(outcome.body()).isFalse();
            assertThat(outcome.body()).isEqualTo("\"HELLO LIFT\"");
        }
        lambda.process().awaitOutput((line) -> line.contains("\"ColdStart\""), SampleLambda.START_TIMEOUT);

        List<String> documents = lambda.process().stdout().stream().filter((line) -> line.contains("\"_aws\"")).toList();
        assertThat(documents).hasSizeGreaterThanOrEqualTo(3);
        for (String line : documents) {
            // Nothing before or around the document: CloudWatch reads the line as one EMF object.
            assertThat(line).startsWith("{\"_aws\"").endsWith("}");
            JsonNode document = SampleLambda.json(line);
            assertThat(keptByLambda(document)).as("kept at %s: %s", APPLICATION_LOG_LEVEL, line).isTrue();
            assertEveryDeclaredMetricHasItsMembers(document);
        }
        List<String> metrics = documents.stream().map(SampleLambda::json)
            .flatMap((document) -> document.at("/_aws/CloudWatchMetrics").findValuesAsText("Name").stream())
            .toList();
        assertThat(metrics).contains("ColdStart").filteredOn("lift.invocation"::equals).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void lambdaStillDropsTheInfoLogLinesTheLevelAsksItToDrop() throws Exception {
        lambda.invoke(LambdaEvent.of("\"hello\"").withTenantId("acme"));
        List<JsonNode> logLines = lambda.jsonLogLines().stream().filter((line) -> !line.has("_aws")).toList();
        assertThat(logLines).filteredOn((line) -> line.path("message").asText().startsWith("Upper-casing"))
            .isNotEmpty()
            .allMatch((line) -> line.path("level").asText().equals("INFO"))
            .noneMatch(LambdaJsonLogFormatIT::keptByLambda);
    }

    /**
     * Lambda's application log-level filtering of a JSON line on standard output, as documented: the
     * line's {@code level} counts when it is valid and the line has a valid RFC 3339 {@code timestamp};
     * otherwise the line is {@code INFO}.
     */
    private static boolean keptByLambda(JsonNode line) {
        String level = line.path("level").asText("").toUpperCase(Locale.ROOT);
        if (!LEVELS.contains(level) || !isRfc3339(line.path("timestamp").asText(""))) {
            level = "INFO";
        }
        return LEVELS.indexOf(level) >= LEVELS.indexOf(APPLICATION_LOG_LEVEL);
    }

    private static boolean isRfc3339(String timestamp) {
        try {
            OffsetDateTime.parse(timestamp);
            return true;
        }
        catch (DateTimeParseException ex) {
            return false;
        }
    }

    private static void assertEveryDeclaredMetricHasItsMembers(JsonNode document) {
        for (JsonNode directive : document.at("/_aws/CloudWatchMetrics")) {
            for (JsonNode set : directive.get("Dimensions")) {
                set.forEach((name) -> assertThat(document.path(name.asText()).isTextual()).as("dimension %s", name)
                    .isTrue());
            }
            for (JsonNode metric : directive.get("Metrics")) {
                JsonNode value = document.path(metric.get("Name").asText());
                assertThat(value.isNumber() || value.isArray()).as("metric %s", metric).isTrue();
            }
        }
    }

}
