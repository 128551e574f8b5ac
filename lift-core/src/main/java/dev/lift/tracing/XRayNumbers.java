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

package dev.lift.tracing;

import java.util.concurrent.TimeUnit;

/**
 * The numbers of a segment document written as X-Ray wants them, into a caller's scratch
 * characters so that no string is made per span: trace ids, epoch seconds with microseconds, and
 * hex ids.
 */
final class XRayNumbers {

    /** {@code 1-}, 8 hex digits, {@code -}, 24 hex digits. */
    static final int XRAY_TRACE_ID_LENGTH = 35;

    private XRayNumbers() {
    }

    /**
     * The X-Ray form of an OpenTelemetry trace id: {@code 1-<8 hex epoch seconds>-<24 hex>}.
     * @param traceId the 32 hex digits of an OpenTelemetry trace id
     * @return the X-Ray trace id
     */
    static String xrayTraceId(String traceId) {
        char[] chars = new char[XRAY_TRACE_ID_LENGTH];
        return new String(chars, 0, writeXRayTraceId(traceId, chars));
    }

    /** Writes {@link #xrayTraceId} into {@code chars} and returns its length. */
    static int writeXRayTraceId(String traceId, char[] chars) {
        chars[0] = '1';
        chars[1] = '-';
        traceId.getChars(0, 8, chars, 2);
        chars[10] = '-';
        traceId.getChars(8, 32, chars, 11);
        return XRAY_TRACE_ID_LENGTH;
    }

    /** Epoch seconds with microseconds, written as a plain decimal (never in exponent notation). */
    static String epochSeconds(long epochNanos) {
        char[] chars = new char[32];
        return new String(chars, 0, writeEpochSeconds(epochNanos, chars));
    }

    /** Writes {@link #epochSeconds} into {@code chars} and returns its length. */
    static int writeEpochSeconds(long epochNanos, char[] chars) {
        long micros = TimeUnit.NANOSECONDS.toMicros(epochNanos);
        int length = writeDecimal(micros / 1_000_000, chars, 0);
        chars[length] = '.';
        long fraction = micros % 1_000_000;
        for (int i = length + 6; i > length; i--) {
            chars[i] = (char) ('0' + fraction % 10);
            fraction /= 10;
        }
        return length + 7;
    }

    private static int writeDecimal(long value, char[] chars, int offset) {
        int digits = 1;
        for (long rest = value / 10; rest > 0; rest /= 10) {
            digits++;
        }
        long rest = value;
        for (int i = offset + digits - 1; i >= offset; i--) {
            chars[i] = (char) ('0' + rest % 10);
            rest /= 10;
        }
        return offset + digits;
    }

    /** Writes a value as 16 lower-case hex digits into {@code chars} and returns 16. */
    static int writeHex(long value, char[] chars) {
        for (int i = 15; i >= 0; i--) {
            chars[i] = Character.forDigit((int) ((value >>> (4 * (15 - i))) & 0xf), 16);
        }
        return 16;
    }

}
