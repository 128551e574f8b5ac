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

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.micrometer.core.instrument.Tag;

import dev.lift.metrics.EmfDocumentWriter.Series;

/**
 * One EMF document: the directives that share one line, whether another can join them, and the line
 * itself. Lines hold a few dimension sets of a few members each, so agreement is checked by scanning
 * them rather than by keeping maps for every flush.
 */
final class EmfDocument {

    /** The most metrics one document carries, all its directives together. */
    static final int MAX_METRICS = 100;

    // Every recorded value is written: Jackson's Schubfach writer formats a double without the garbage
    // of Double.toString on Java 17.
    private static final JsonFactory JSON = JsonFactory.builder().enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
        .build();

    private final List<Directive> directives = new ArrayList<>(2);

    /** Members of the line itself (Lambda's timestamp and level), written first. */
    final List<Tag> logMembers;

    private int metricCount;

    /**
     * @param logMembers members of the line itself, written first; empty for none
     */
    EmfDocument(List<Tag> logMembers) {
        this.logMembers = logMembers;
    }

    boolean accepts(Directive directive) {
        if (this.metricCount + directive.series.size() > MAX_METRICS) {
            return false;
        }
        for (int i = 0; i < this.directives.size(); i++) {
            if (!directive.fits(this.directives.get(i))) {
                return false;
            }
        }
        return true;
    }

    void add(Directive directive) {
        this.directives.add(directive);
        this.metricCount += directive.series.size();
    }

    /**
     * @param timestamp the document's {@code _aws.Timestamp}, epoch milliseconds
     * @param namespace the sanitised namespace
     * @param values writes the metrics' values
     * @return the document, one line of JSON
     */
    String json(long timestamp, String namespace, EmfValues values) {
        StringWriter out = new StringWriter(256 + this.metricCount * 64);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeObjectFieldStart("_aws");
            json.writeNumberField("Timestamp", timestamp);
            json.writeArrayFieldStart("CloudWatchMetrics");
            for (Directive directive : this.directives) {
                writeDirective(json, namespace, directive);
            }
            json.writeEndArray();
            json.writeEndObject();
            writeMembers(json, this.logMembers, -1);
            for (int i = 0; i < this.directives.size(); i++) {
                writeMembers(json, this.directives.get(i).dimensions.dimensions(), i);
                writeMembers(json, this.directives.get(i).dimensions.properties(), i);
            }
            for (Directive directive : this.directives) {
                for (int i = 0; i < directive.series.size(); i++) {
                    values.write(json, directive.metric(i).name, directive.values(i));
                }
            }
            json.writeEndObject();
        }
        catch (IOException ex) {
            // A StringWriter does not fail; Jackson declares it anyway.
            throw new UncheckedIOException(ex);
        }
        return out.toString();
    }

    private static void writeDirective(JsonGenerator json, String namespace, Directive directive) throws IOException {
        json.writeStartObject();
        json.writeStringField("Namespace", namespace);
        json.writeArrayFieldStart("Dimensions");
        json.writeStartArray();
        for (Tag dimension : directive.dimensions.dimensions()) {
            json.writeString(dimension.getKey());
        }
        json.writeEndArray();
        json.writeEndArray();
        json.writeArrayFieldStart("Metrics");
        for (Series series : directive.series) {
            EmfSeries metric = series.series();
            json.writeStartObject();
            json.writeFieldName("Name");
            json.writeString(metric.name);
            json.writeFieldName("Unit");
            json.writeString(metric.unit);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** Writes the members of directive {@code index} that no member written before has. */
    private void writeMembers(JsonGenerator json, List<Tag> tags, int index) throws IOException {
        for (Tag tag : tags) {
            if (index < 0 || !writtenBefore(tag.getKey(), index)) {
                json.writeStringField(tag.getKey(), tag.getValue());
            }
        }
    }

    private boolean writtenBefore(String key, int index) {
        if (valueOf(this.logMembers, key) != null) {
            return true;
        }
        for (int i = 0; i < index; i++) {
            EmfSeries.Dimensions earlier = this.directives.get(i).dimensions;
            if (valueOf(earlier.dimensions(), key) != null || valueOf(earlier.properties(), key) != null) {
                return true;
            }
        }
        return false;
    }

    private static String valueOf(List<Tag> tags, String key) {
        for (int i = 0; i < tags.size(); i++) {
            if (tags.get(i).getKey().equals(key)) {
                return tags.get(i).getValue();
            }
        }
        return null;
    }

    /** Metrics of one dimension set with one chunk of values each: one directive of a document. */
    static final class Directive {

        final EmfSeries.Dimensions dimensions;

        /** The metrics; each writes its chunk number {@link #round}. */
        final List<Series> series;

        final int round;

        Directive(EmfSeries.Dimensions dimensions, List<Series> series, int round) {
            this.dimensions = dimensions;
            this.series = series;
            this.round = round;
        }

        EmfSeries metric(int index) {
            return this.series.get(index).series();
        }

        double[] values(int index) {
            return this.series.get(index).chunks().get(this.round);
        }

        /**
         * Whether this directive can share a line with members and metrics of others: a shared member
         * must have one value, and a metric name must not be any other member or metric.
         */
        boolean fits(List<Tag> members, List<Series> otherMetrics) {
            for (int i = 0; i < this.series.size(); i++) {
                String name = this.series.get(i).series().name.getValue();
                if (valueOf(members, name) != null || named(otherMetrics, name)) {
                    return false;
                }
            }
            return agrees(this.dimensions.dimensions(), members, otherMetrics)
                    && agrees(this.dimensions.properties(), members, otherMetrics);
        }

        boolean fits(Directive other) {
            return fits(other.dimensions.dimensions(), other.series) && fits(other.dimensions.properties(), List.of());
        }

        private static boolean agrees(List<Tag> tags, List<Tag> members, List<Series> otherMetrics) {
            for (int i = 0; i < tags.size(); i++) {
                Tag tag = tags.get(i);
                String value = valueOf(members, tag.getKey());
                if ((value != null && !value.equals(tag.getValue())) || named(otherMetrics, tag.getKey())) {
                    return false;
                }
            }
            return true;
        }

        private static boolean named(List<Series> metrics, String name) {
            for (int i = 0; i < metrics.size(); i++) {
                if (metrics.get(i).series().name.getValue().equals(name)) {
                    return true;
                }
            }
            return false;
        }

    }

}
