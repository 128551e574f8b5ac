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

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * Writes the values of EMF metrics, without garbage where it can: every value recorded is written,
 * and even Jackson's Schubfach writer makes a formatter, a string and its bytes for each. A value that
 * is a whole number of millionths (a timer's nanoseconds in milliseconds, a count) is written as that
 * decimal, which reads back as exactly the same double; any other value goes through Jackson. One
 * instance writes for one flush at a time: it keeps the digits of the value being written.
 */
final class EmfValues {

    /** Six decimals: a timer's value is a count of nanoseconds in milliseconds. */
    private static final double MICROS_OF_MILLI = 1e6;

    /** Values under 9 × 10^12 (that many millionths) are written as fixed-point decimals. */
    private static final long MAX_FIXED_POINT = 9_000_000_000_000_000L;

    private static final int MAX_FIXED_POINT_CHARS = 24;

    /** Digits of one value. */
    private final char[] scratch = new char[MAX_FIXED_POINT_CHARS];

    /**
     * Writes one metric's values: a single value as a number, several as an array.
     * @param json where to write
     * @param name the metric's member name
     * @param values its values
     * @throws IOException what the generator throws
     */
    void write(JsonGenerator json, SerializedString name, double[] values) throws IOException {
        json.writeFieldName(name);
        if (values.length == 1) {
            write(json, values[0]);
            return;
        }
        json.writeStartArray();
        for (double value : values) {
            write(json, value);
        }
        json.writeEndArray();
    }

    /**
     * Writes one value.
     * @param json where to write
     * @param value the value
     * @throws IOException what the generator throws
     */
    void write(JsonGenerator json, double value) throws IOException {
        double scaled = value * MICROS_OF_MILLI;
        if (Math.abs(scaled) < MAX_FIXED_POINT) {
            long millionths = Math.round(scaled);
            if (millionths / MICROS_OF_MILLI == value) {
                int length = fixedPoint(millionths, this.scratch);
                json.writeNumber(this.scratch, 0, length);
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

}
