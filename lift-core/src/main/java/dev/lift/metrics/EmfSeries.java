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
import java.util.List;

import com.fasterxml.jackson.core.io.SerializedString;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.NamingConvention;

/**
 * How one meter appears in EMF: its metric name, unit, and the dimensions of the documents it goes
 * into. Computed once per meter, with its JSON escaping done in advance, so a flush only writes
 * numbers and pre-escaped text.
 */
final class EmfSeries {

    /** CloudWatch's limit of dimensions per dimension set. */
    static final int MAX_DIMENSIONS = 30;

    final SerializedString name;

    final SerializedString unit;

    final Dimensions dimensions;

    EmfSeries(String name, String unit, Dimensions dimensions) {
        this.name = new SerializedString(name);
        this.unit = new SerializedString(unit);
        this.dimensions = dimensions;
    }

    static EmfSeries of(Meter.Id id, String suffix, String unit, NamingConvention convention) {
        String name = id.getConventionName(convention);
        return new EmfSeries(CloudWatchNames.metricName((suffix != null) ? name + "." + suffix : name), unit,
                Dimensions.of(id.getConventionTags(convention)));
    }

    /**
     * The tags of a meter as EMF members: the first 30 (by key) are dimensions, any beyond are kept as
     * plain properties so that the information is still in the log line. Equal tags make equal
     * dimensions: meters with equal dimensions share documents.
     * @param dimensions tags that are dimensions
     * @param properties tags beyond the limit
     */
    record Dimensions(List<Tag> dimensions, List<Tag> properties) {

        static Dimensions of(List<Tag> tags) {
            List<Tag> dimensions = new ArrayList<>(Math.min(tags.size(), MAX_DIMENSIONS));
            List<Tag> properties = new ArrayList<>(0);
            for (Tag tag : tags) {
                Tag cleaned = Tag.of(CloudWatchNames.dimensionName(tag.getKey()),
                        CloudWatchNames.dimensionValue(tag.getValue()));
                (dimensions.size() < MAX_DIMENSIONS ? dimensions : properties).add(cleaned);
            }
            return new Dimensions(List.copyOf(dimensions), List.copyOf(properties));
        }

    }

}
