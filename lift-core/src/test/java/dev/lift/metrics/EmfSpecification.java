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

package dev.lift.metrics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A check of one line against the CloudWatch Embedded Metric Format specification, as a JSON schema
 * would state it plus the cross-references a schema cannot express (every dimension and metric name
 * is a member of the root object with a value of the right type). Used by every test that emits EMF.
 */
final class EmfSpecification {

    static final Set<String> UNITS = Set.of("Seconds", "Microseconds", "Milliseconds", "Bytes", "Kilobytes",
            "Megabytes", "Gigabytes", "Terabytes", "Bits", "Kilobits", "Megabits", "Gigabits", "Terabits", "Percent",
            "Count", "Bytes/Second", "Kilobytes/Second", "Megabytes/Second", "Gigabytes/Second", "Terabytes/Second",
            "Bits/Second", "Kilobits/Second", "Megabits/Second", "Gigabits/Second", "Terabits/Second", "Count/Second",
            "None");

    private static final Pattern NAMESPACE = Pattern.compile("[0-9A-Za-z.\\-_/#: ]{1,255}");

    private static final Pattern PRINTABLE_ASCII = Pattern.compile("[\\x20-\\x7e]+");

    private static final ObjectMapper JSON = new ObjectMapper();

    private EmfSpecification() {
    }

    /**
     * Validates one emitted line.
     * @param line the line
     * @return the parsed document
     * @throws AssertionError naming every violation
     */
    static JsonNode validate(String line) {
        List<String> errors = new ArrayList<>();
        if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
            errors.add("a document must be a single line");
        }
        if (line.length() > 256 * 1024) {
            errors.add("larger than a CloudWatch Logs event (256 KiB)");
        }
        JsonNode root;
        try {
            root = JSON.readTree(line);
        }
        catch (Exception ex) {
            throw new AssertionError("not JSON: " + ex.getMessage() + "\n" + line);
        }
        if (!root.isObject()) {
            throw new AssertionError("root is not an object: " + line);
        }
        JsonNode aws = root.get("_aws");
        if (aws == null || !aws.isObject()) {
            throw new AssertionError("_aws object missing: " + line);
        }
        JsonNode timestamp = aws.get("Timestamp");
        if (timestamp == null || !timestamp.isIntegralNumber() || timestamp.asLong() <= 0) {
            errors.add("_aws.Timestamp must be a positive integer of epoch milliseconds");
        }
        JsonNode directives = aws.get("CloudWatchMetrics");
        if (directives == null || !directives.isArray() || directives.isEmpty()) {
            errors.add("_aws.CloudWatchMetrics must be a non-empty array");
        }
        else {
            Set<String> metricNames = new HashSet<>();
            for (JsonNode directive : directives) {
                validateDirective(root, directive, errors);
                for (JsonNode metric : directive.path("Metrics")) {
                    if (!metricNames.add(metric.path("Name").asText())) {
                        errors.add("metric " + metric.path("Name") + " defined in two directives");
                    }
                }
            }
            if (metricNames.size() > 100) {
                errors.add("more than 100 metrics in one document");
            }
        }
        if (!errors.isEmpty()) {
            throw new AssertionError(String.join("; ", errors) + "\n" + line);
        }
        return root;
    }

    private static void validateDirective(JsonNode root, JsonNode directive, List<String> errors) {
        JsonNode namespace = directive.get("Namespace");
        if (namespace == null || !namespace.isTextual() || !NAMESPACE.matcher(namespace.asText()).matches()
                || namespace.asText().isBlank() || namespace.asText().startsWith("AWS/")) {
            errors.add("Namespace invalid: " + namespace);
        }
        JsonNode dimensions = directive.get("Dimensions");
        if (dimensions == null || !dimensions.isArray()) {
            errors.add("Dimensions must be an array");
        }
        else {
            for (JsonNode set : dimensions) {
                if (!set.isArray() || set.size() > 30) {
                    errors.add("a dimension set must be an array of at most 30 names");
                    continue;
                }
                for (JsonNode name : set) {
                    checkName(name, 255, "dimension name", errors);
                    JsonNode value = root.get(name.asText());
                    if (value == null || !value.isTextual()) {
                        errors.add("dimension " + name + " has no string member");
                    }
                    else if (!PRINTABLE_ASCII.matcher(value.asText()).matches() || value.asText().length() > 1024
                            || value.asText().isBlank()) {
                        errors.add("dimension value of " + name + " invalid");
                    }
                }
            }
        }
        JsonNode metrics = directive.get("Metrics");
        if (metrics == null || !metrics.isArray() || metrics.isEmpty() || metrics.size() > 100) {
            errors.add("Metrics must be an array of 1 to 100 definitions");
            return;
        }
        Set<String> names = new HashSet<>();
        for (JsonNode metric : metrics) {
            JsonNode name = metric.get("Name");
            checkName(name, 255, "metric name", errors);
            if (name == null) {
                continue;
            }
            if (!names.add(name.asText())) {
                errors.add("metric " + name + " defined twice");
            }
            JsonNode unit = metric.get("Unit");
            if (unit != null && !UNITS.contains(unit.asText())) {
                errors.add("unit " + unit + " is not a CloudWatch unit");
            }
            JsonNode resolution = metric.get("StorageResolution");
            if (resolution != null && resolution.asInt() != 1 && resolution.asInt() != 60) {
                errors.add("StorageResolution must be 1 or 60");
            }
            JsonNode value = root.get(name.asText());
            if (value == null) {
                errors.add("metric " + name + " has no member");
            }
            else if (value.isArray()) {
                if (value.isEmpty() || value.size() > 100) {
                    errors.add("metric " + name + " must have 1 to 100 values");
                }
                value.forEach((element) -> {
                    if (!element.isNumber()) {
                        errors.add("metric " + name + " has a value that is not a number");
                    }
                });
            }
            else if (!value.isNumber()) {
                errors.add("metric " + name + " is not a number");
            }
        }
    }

    private static void checkName(JsonNode name, int maxLength, String what, List<String> errors) {
        if (name == null || !name.isTextual() || name.asText().isEmpty() || name.asText().length() > maxLength
                || !PRINTABLE_ASCII.matcher(name.asText()).matches()) {
            errors.add(what + " invalid: " + name);
        }
    }

}
