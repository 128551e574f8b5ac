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

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import io.micrometer.core.instrument.Tag;

/**
 * Writes EMF documents, one JSON object per line, within CloudWatch's limits: at most
 * {@value #MAX_METRICS} metrics per document and 100 values per metric (a longer series continues in
 * further documents), at most 30 dimensions (see {@link EmfSeries.Dimensions}).
 */
final class EmfDocumentWriter {

    /** CloudWatch's limit of metrics per document. */
    static final int MAX_METRICS = 100;

    // Every recorded value is written: Jackson's Schubfach writer formats a double without the garbage
    // of Double.toString on Java 17.
    private static final JsonFactory JSON = JsonFactory.builder().enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
        .build();

    private final String namespace;

    private final Consumer<String> sink;

    /**
     * @param namespace the sanitised namespace
     * @param sink receives each document, a single line without line terminator
     */
    EmfDocumentWriter(String namespace, Consumer<String> sink) {
        this.namespace = namespace;
        this.sink = sink;
    }

    /**
     * Writes the documents of one flush.
     * @param timestamp the documents' {@code _aws.Timestamp}, epoch milliseconds
     * @param groups the series of each dimension set with their values, in chunks of at most 100
     */
    void write(long timestamp, Map<EmfSeries.Dimensions, List<Series>> groups) {
        for (Map.Entry<EmfSeries.Dimensions, List<Series>> group : groups.entrySet()) {
            int rounds = 0;
            for (Series series : group.getValue()) {
                rounds = Math.max(rounds, series.chunks().size());
            }
            // Round r holds each series' r-th chunk, so a metric appears at most once per document.
            for (int round = 0; round < rounds; round++) {
                List<Series> batch = new ArrayList<>(Math.min(group.getValue().size(), MAX_METRICS));
                for (Series series : group.getValue()) {
                    if (series.chunks().size() > round) {
                        batch.add(series);
                        if (batch.size() == MAX_METRICS) {
                            this.sink.accept(document(timestamp, group.getKey(), batch, round));
                            batch.clear();
                        }
                    }
                }
                if (!batch.isEmpty()) {
                    this.sink.accept(document(timestamp, group.getKey(), batch, round));
                }
            }
        }
    }

    private String document(long timestamp, EmfSeries.Dimensions dimensions, List<Series> batch, int round) {
        StringWriter out = new StringWriter(256 + batch.size() * 64);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeObjectFieldStart("_aws");
            json.writeNumberField("Timestamp", timestamp);
            json.writeArrayFieldStart("CloudWatchMetrics");
            json.writeStartObject();
            json.writeStringField("Namespace", this.namespace);
            json.writeArrayFieldStart("Dimensions");
            json.writeStartArray();
            for (Tag dimension : dimensions.dimensions()) {
                json.writeString(dimension.getKey());
            }
            json.writeEndArray();
            json.writeEndArray();
            json.writeArrayFieldStart("Metrics");
            for (Series series : batch) {
                json.writeStartObject();
                json.writeFieldName("Name");
                json.writeString(series.series().name);
                json.writeFieldName("Unit");
                json.writeString(series.series().unit);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
            writeMembers(json, dimensions.dimensions());
            writeMembers(json, dimensions.properties());
            for (Series series : batch) {
                writeValues(json, series.series().name, series.chunks().get(round));
            }
            json.writeEndObject();
        }
        catch (IOException ex) {
            // A StringWriter does not fail; Jackson declares it anyway.
            throw new UncheckedIOException(ex);
        }
        return out.toString();
    }

    private static void writeMembers(JsonGenerator json, List<Tag> tags) throws IOException {
        for (Tag tag : tags) {
            json.writeStringField(tag.getKey(), tag.getValue());
        }
    }

    private static void writeValues(JsonGenerator json, SerializedString name, double[] values) throws IOException {
        json.writeFieldName(name);
        if (values.length == 1) {
            json.writeNumber(values[0]);
            return;
        }
        json.writeArray(values, 0, values.length);
    }

    /**
     * One metric of a flush with its values.
     * @param series the metric
     * @param chunks its values, at most 100 per chunk
     */
    record Series(EmfSeries series, List<double[]> chunks) {
    }

}
