package dev.lift.metrics;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    // Every recorded value is written: Jackson's Schubfach writer formats a double without the garbage
    // of Double.toString on Java 17.
    private static final JsonFactory JSON = JsonFactory.builder().enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
        .build();

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
        .withZone(ZoneOffset.UTC);

    private final String namespace;

    private final Consumer<String> sink;

    private final String logLevel;

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
                Directive directive = new Directive(group.getKey());
                for (Series series : group.getValue()) {
                    if (series.chunks().size() > round) {
                        directive.metrics.add(series.series());
                        directive.values.add(series.chunks().get(round));
                        if (directive.metrics.size() == MAX_METRICS) {
                            place(directive, documents, logMembers);
                            directive = new Directive(group.getKey());
                        }
                    }
                }
                if (!directive.metrics.isEmpty()) {
                    place(directive, documents, logMembers);
                }
            }
        }
        for (Document document : documents) {
            this.sink.accept(document.json(timestamp, this.namespace));
        }
    }

    private static void place(Directive directive, List<Document> documents, List<Tag> logMembers) {
        Document fresh = new Document(logMembers);
        if (!fresh.accepts(directive)) {
            // A dimension named level or timestamp keeps its own value: its line goes without Lift's.
            fresh = new Document(List.of());
        }
        for (Document document : documents) {
            if (document.logMembers.isEmpty() == fresh.logMembers.isEmpty() && document.accepts(directive)) {
                document.add(directive);
                return;
            }
        }
        fresh.add(directive);
        documents.add(fresh);
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

        final List<EmfSeries> metrics = new ArrayList<>();

        final List<double[]> values = new ArrayList<>();

        Directive(EmfSeries.Dimensions dimensions) {
            this.dimensions = dimensions;
        }

    }

    /** The directives that share one line, and the root members they need. */
    private static final class Document {

        final List<Directive> directives = new ArrayList<>(2);

        /** Members of the line itself (Lambda's timestamp and level), written first. */
        final List<Tag> logMembers;

        /** Dimension and property members with their values: a second directive must agree on them. */
        final Map<String, String> members = new HashMap<>();

        final Set<String> metricNames = new HashSet<>();

        int metricCount;

        Document(List<Tag> logMembers) {
            this.logMembers = logMembers;
            for (Tag member : logMembers) {
                this.members.put(member.getKey(), member.getValue());
            }
        }

        boolean accepts(Directive directive) {
            if (this.metricCount + directive.metrics.size() > MAX_METRICS) {
                return false;
            }
            for (EmfSeries metric : directive.metrics) {
                String name = metric.name.getValue();
                if (this.metricNames.contains(name) || this.members.containsKey(name)) {
                    return false;
                }
            }
            return agrees(directive.dimensions.dimensions()) && agrees(directive.dimensions.properties());
        }

        private boolean agrees(List<Tag> tags) {
            for (Tag tag : tags) {
                String value = this.members.get(tag.getKey());
                if ((value != null && !value.equals(tag.getValue())) || this.metricNames.contains(tag.getKey())) {
                    return false;
                }
            }
            return true;
        }

        void add(Directive directive) {
            this.directives.add(directive);
            this.metricCount += directive.metrics.size();
            for (EmfSeries metric : directive.metrics) {
                this.metricNames.add(metric.name.getValue());
            }
            for (Tag tag : directive.dimensions.dimensions()) {
                this.members.put(tag.getKey(), tag.getValue());
            }
            for (Tag tag : directive.dimensions.properties()) {
                this.members.put(tag.getKey(), tag.getValue());
            }
        }

        String json(long timestamp, String namespace) {
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
                Set<String> written = (this.directives.size() > 1 || !this.logMembers.isEmpty()) ? new HashSet<>()
                        : null;
                writeMembers(json, this.logMembers, written);
                for (Directive directive : this.directives) {
                    writeMembers(json, directive.dimensions.dimensions(), written);
                    writeMembers(json, directive.dimensions.properties(), written);
                }
                for (Directive directive : this.directives) {
                    for (int i = 0; i < directive.metrics.size(); i++) {
                        writeValues(json, directive.metrics.get(i).name, directive.values.get(i));
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
            for (EmfSeries metric : directive.metrics) {
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

        /** Writes each member once: directives of one document may share dimensions. */
        private static void writeMembers(JsonGenerator json, List<Tag> tags, Set<String> written) throws IOException {
            for (Tag tag : tags) {
                if (written == null || written.add(tag.getKey())) {
                    json.writeStringField(tag.getKey(), tag.getValue());
                }
            }
        }

        private static void writeValues(JsonGenerator json, SerializedString name, double[] values)
                throws IOException {
            json.writeFieldName(name);
            if (values.length == 1) {
                json.writeNumber(values[0]);
                return;
            }
            json.writeArray(values, 0, values.length);
        }

    }

}
