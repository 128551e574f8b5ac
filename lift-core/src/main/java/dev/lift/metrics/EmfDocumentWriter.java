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
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
 * Writes the EMF documents of one flush, one JSON object per line, as few as CloudWatch's rules
 * allow: a document holds one metric directive per dimension set, so the meters of a typical
 * invocation share one line. Meters go into separate documents only where one document cannot hold
 * them: a dimension that has another value there, a metric name already taken (the same meter with
 * other tag values), more than {@value #MAX_METRICS} metrics, or values beyond a metric's first 100
 * (a longer series continues in further documents). At most 30 dimensions per set (see
 * {@link EmfSeries.Dimensions}).
 *
 * <p>Under Lambda's JSON log format with an application log level above {@code INFO}, Lambda drops
 * JSON lines whose {@code level} is lower, and takes a line without a valid {@code timestamp} or
 * {@code level} for {@code INFO}: documents then carry both, the level being the one Lambda keeps.
 */
final class EmfDocumentWriter {

    /** The most metrics one document carries, all its directives together. */
    static final int MAX_METRICS = 100;

    /** Six decimals: a timer's value is a count of nanoseconds in milliseconds. */
    private static final double MICROS_OF_MILLI = 1e6;

    /** Values under 9 × 10^12 (that many millionths) are written as fixed-point decimals. */
    private static final long MAX_FIXED_POINT = 9_000_000_000_000_000L;

    private static final int MAX_FIXED_POINT_CHARS = 24;

    // Every recorded value is written: Jackson's Schubfach writer formats a double without the garbage
    // of Double.toString on Java 17.
    private static final JsonFactory JSON = JsonFactory.builder().enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
        .build();

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
        .withZone(ZoneOffset.UTC);

    private final String namespace;

    private final Consumer<String> sink;

    private final String logLevel;

    /** Digits of one value; the writer runs under the registry's flush lock, one flush at a time. */
    private final char[] scratch = new char[MAX_FIXED_POINT_CHARS];

    /**
     * @param namespace the sanitised namespace
     * @param sink receives each document, a single line without line terminator
     * @param logLevel the {@code level} every document carries, with a {@code timestamp}, so that
     *     Lambda's log-level filtering keeps it; {@code null} for neither
     */
    EmfDocumentWriter(String namespace, Consumer<String> sink, String logLevel) {
        this.namespace = namespace;
        this.sink = sink;
        this.logLevel = logLevel;
    }

    /**
     * Writes the documents of one flush.
     * @param timestamp the documents' {@code _aws.Timestamp}, epoch milliseconds
     * @param groups the series of each dimension set with their values, in chunks of at most 100
     */
    void write(long timestamp, Map<EmfSeries.Dimensions, List<Series>> groups) {
        List<Tag> logMembers = (this.logLevel != null)
                ? List.of(Tag.of("timestamp", TIMESTAMP.format(Instant.ofEpochMilli(timestamp))),
                        Tag.of("level", this.logLevel))
                : List.of();
        List<Document> documents = new ArrayList<>(1);
        for (Map.Entry<EmfSeries.Dimensions, List<Series>> group : groups.entrySet()) {
            int rounds = 0;
            for (Series series : group.getValue()) {
                rounds = Math.max(rounds, series.chunks().size());
            }
            // Round r holds each series' r-th chunk, so a metric appears at most once per document.
            for (int round = 0; round < rounds; round++) {
                List<Series> all = group.getValue();
                if (round == 0 && all.size() <= MAX_METRICS) {
                    // The usual flush: every series has a first chunk, the group is the directive as it is.
                    place(new Directive(group.getKey(), all, 0), documents, logMembers, true);
                    continue;
                }
                List<Series> batch = new ArrayList<>(Math.min(all.size(), MAX_METRICS));
                for (Series series : all) {
                    if (series.chunks().size() > round) {
                        batch.add(series);
                        if (batch.size() == MAX_METRICS) {
                            place(new Directive(group.getKey(), batch, round), documents, logMembers, round == 0);
                            batch = new ArrayList<>(Math.min(all.size(), MAX_METRICS));
                        }
                    }
                }
                if (!batch.isEmpty()) {
                    place(new Directive(group.getKey(), batch, round), documents, logMembers, round == 0);
                }
            }
        }
        for (Document document : documents) {
            this.sink.accept(document.json(timestamp, this.namespace, this.scratch));
        }
    }

    /**
     * Adds a directive to the first document that can take it, or to a new one. A series' further
     * chunks (a meter that recorded more than 100 values) always start a document: searching would
     * make a flush of a busy server's minute quadratic in its values.
     */
    private static void place(Directive directive, List<Document> documents, List<Tag> logMembers,
            boolean search) {
        // A dimension named level or timestamp keeps its own value: its line goes without Lift's.
        boolean withLogMembers = !logMembers.isEmpty() && directive.fits(logMembers, List.of());
        for (int i = 0; search && i < documents.size(); i++) {
            Document document = documents.get(i);
            if (document.logMembers.isEmpty() != withLogMembers && document.accepts(directive)) {
                document.add(directive);
                return;
            }
        }
        Document document = new Document(withLogMembers ? logMembers : List.of());
        document.add(directive);
        documents.add(document);
    }

    private static void writeValues(JsonGenerator json, SerializedString name, double[] values, char[] scratch)
            throws IOException {
        json.writeFieldName(name);
        if (values.length == 1) {
            writeValue(json, values[0], scratch);
            return;
        }
        json.writeStartArray();
        for (double value : values) {
            writeValue(json, value, scratch);
        }
        json.writeEndArray();
    }

    /**
     * Writes a value without garbage where it can: every value recorded is written, and even Jackson's
     * Schubfach writer makes a formatter, a string and its bytes for each. A value that is a whole
     * number of millionths (a timer's nanoseconds in milliseconds, a count) is written as that
     * decimal, which reads back as exactly the same double; any other value goes through Jackson.
     */
    static void writeValue(JsonGenerator json, double value, char[] scratch) throws IOException {
        double scaled = value * MICROS_OF_MILLI;
        if (Math.abs(scaled) < MAX_FIXED_POINT) {
            long millionths = Math.round(scaled);
            if (millionths / MICROS_OF_MILLI == value) {
                int length = fixedPoint(millionths, scratch);
                json.writeNumber(scratch, 0, length);
                return;
            }
        }
        json.writeNumber(value);
    }

    /** Writes {@code millionths / 10^6} as a decimal without trailing zeros; returns its length. */
    private static int fixedPoint(long millionths, char[] out) {
        boolean negative = millionths < 0;
        long magnitude = Math.abs(millionths);
        long whole = magnitude / 1_000_000;
        long fraction = magnitude % 1_000_000;
        int end = out.length;
        int position = end;
        if (fraction != 0) {
            int digits = 6;
            while (fraction % 10 == 0) {
                fraction /= 10;
                digits--;
            }
            for (int i = 0; i < digits; i++) {
                out[--position] = (char) ('0' + fraction % 10);
                fraction /= 10;
            }
            out[--position] = '.';
        }
        do {
            out[--position] = (char) ('0' + whole % 10);
            whole /= 10;
        }
        while (whole != 0);
        if (negative) {
            out[--position] = '-';
        }
        int length = end - position;
        System.arraycopy(out, position, out, 0, length);
        return length;
    }

    /**
     * One metric of a flush with its values.
     * @param series the metric
     * @param chunks its values, at most 100 per chunk
     */
    record Series(EmfSeries series, List<double[]> chunks) {
    }

    /** Metrics of one dimension set with one chunk of values each: one directive of a document. */
    private static final class Directive {

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

    private static String valueOf(List<Tag> tags, String key) {
        for (int i = 0; i < tags.size(); i++) {
            if (tags.get(i).getKey().equals(key)) {
                return tags.get(i).getValue();
            }
        }
        return null;
    }

    /**
     * The directives that share one line. Lines hold a few dimension sets of a few members each, so
     * agreement is checked by scanning them rather than by keeping maps for every flush.
     */
    private static final class Document {

        final List<Directive> directives = new ArrayList<>(2);

        /** Members of the line itself (Lambda's timestamp and level), written first. */
        final List<Tag> logMembers;

        int metricCount;

        Document(List<Tag> logMembers) {
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

        String json(long timestamp, String namespace, char[] scratch) {
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
                        writeValues(json, directive.metric(i).name, directive.values(i), scratch);
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

        private static void writeDirective(JsonGenerator json, String namespace, Directive directive)
                throws IOException {
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

    }

}
