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

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.micrometer.core.instrument.Tag;

import dev.lift.metrics.EmfDocument.Directive;

/**
 * Packs the metrics of one flush into EMF documents ({@link EmfDocument}), one JSON object per line,
 * as few as CloudWatch's rules allow: a document holds one metric directive per dimension set, so the
 * meters of a typical invocation share one line. Meters go into separate documents only where one
 * document cannot hold them: a dimension that has another value there, a metric name already taken
 * (the same meter with other tag values), more than {@value EmfDocument#MAX_METRICS} metrics, or
 * values beyond a metric's first 100 (a longer series continues in further documents). At most 30
 * dimensions per set (see {@link EmfSeries.Dimensions}).
 *
 * <p>Under Lambda's JSON log format with an application log level above {@code INFO}, Lambda drops
 * JSON lines whose {@code level} is lower, and takes a line without a valid {@code timestamp} or
 * {@code level} for {@code INFO}: documents then carry both, the level being the one Lambda keeps.
 */
final class EmfDocumentWriter {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
        .withZone(ZoneOffset.UTC);

    private final String namespace;

    private final Consumer<String> sink;

    private final String logLevel;

    /** The writer runs under the registry's flush lock, one flush at a time. */
    private final EmfValues values = new EmfValues();

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
        List<EmfDocument> documents = new ArrayList<>(1);
        for (Map.Entry<EmfSeries.Dimensions, List<Series>> group : groups.entrySet()) {
            int rounds = 0;
            for (Series series : group.getValue()) {
                rounds = Math.max(rounds, series.chunks().size());
            }
            // Round r holds each series' r-th chunk, so a metric appears at most once per document.
            for (int round = 0; round < rounds; round++) {
                List<Series> all = group.getValue();
                if (round == 0 && all.size() <= EmfDocument.MAX_METRICS) {
                    // The usual flush: every series has a first chunk, the group is the directive as it is.
                    place(new Directive(group.getKey(), all, 0), documents, logMembers, true);
                    continue;
                }
                List<Series> batch = new ArrayList<>(Math.min(all.size(), EmfDocument.MAX_METRICS));
                for (Series series : all) {
                    if (series.chunks().size() > round) {
                        batch.add(series);
                        if (batch.size() == EmfDocument.MAX_METRICS) {
                            place(new Directive(group.getKey(), batch, round), documents, logMembers, round == 0);
                            batch = new ArrayList<>(Math.min(all.size(), EmfDocument.MAX_METRICS));
                        }
                    }
                }
                if (!batch.isEmpty()) {
                    place(new Directive(group.getKey(), batch, round), documents, logMembers, round == 0);
                }
            }
        }
        for (EmfDocument document : documents) {
            this.sink.accept(document.json(timestamp, this.namespace, this.values));
        }
    }

    /**
     * Adds a directive to the first document that can take it, or to a new one. A series' further
     * chunks (a meter that recorded more than 100 values) always start a document: searching would
     * make a flush of a busy server's minute quadratic in its values.
     */
    private static void place(Directive directive, List<EmfDocument> documents, List<Tag> logMembers,
            boolean search) {
        // A dimension named level or timestamp keeps its own value: its line goes without Lift's.
        boolean withLogMembers = !logMembers.isEmpty() && directive.fits(logMembers, List.of());
        for (int i = 0; search && i < documents.size(); i++) {
            EmfDocument document = documents.get(i);
            if (document.logMembers.isEmpty() != withLogMembers && document.accepts(directive)) {
                document.add(directive);
                return;
            }
        }
        EmfDocument document = new EmfDocument(withLogMembers ? logMembers : List.of());
        document.add(directive);
        documents.add(document);
    }

    /**
     * One metric of a flush with its values.
     * @param series the metric
     * @param chunks its values, at most 100 per chunk
     */
    record Series(EmfSeries series, List<double[]> chunks) {
    }

}
