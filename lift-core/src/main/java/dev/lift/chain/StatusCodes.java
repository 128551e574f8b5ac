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

package dev.lift.chain;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;

import dev.lift.error.LiftConfigurationException;

/**
 * A set of HTTP statuses written the way people say them: single codes ({@code 503}) or classes
 * ({@code 5xx}). Used to decide whether a {@link StatusResult} counts as a failure (circuit breaker)
 * or is worth retrying (retry).
 */
public final class StatusCodes {

    /** No status at all: no result counts. */
    public static final StatusCodes NONE = new StatusCodes(new BitSet());

    private final BitSet codes;

    private StatusCodes(BitSet codes) {
        this.codes = codes;
    }

    /**
     * Parses statuses such as {@code ["5xx", "429"]}.
     * @param property the property the values come from, for the error message
     * @param values codes from 100 to 599, or classes {@code 1xx} to {@code 5xx}
     * @return the set
     * @throws LiftConfigurationException for anything else
     */
    public static StatusCodes parse(String property, List<String> values) {
        BitSet codes = new BitSet(600);
        for (String value : values) {
            String trimmed = value.trim().toLowerCase(Locale.ROOT);
            if (trimmed.matches("[1-5]xx")) {
                int first = (trimmed.charAt(0) - '0') * 100;
                codes.set(first, first + 100);
            }
            else if (trimmed.matches("[1-5][0-9][0-9]")) {
                codes.set(Integer.parseInt(trimmed));
            }
            else {
                throw new LiftConfigurationException(property, value,
                        "an HTTP status from 100 to 599, or a class from 1xx to 5xx");
            }
        }
        return new StatusCodes(codes);
    }

    /**
     * @param status an HTTP status
     * @return whether the set holds it
     */
    public boolean contains(int status) {
        return status >= 0 && this.codes.get(status);
    }

    /**
     * @param result a target result
     * @return whether it is a {@link StatusResult} whose status the set holds
     */
    public boolean matches(Object result) {
        return (result instanceof StatusResult statusResult) && contains(statusResult.status());
    }

    /**
     * @param other statuses to leave out, e.g. an ignore list
     * @return the statuses of this set that {@code other} does not hold
     */
    public StatusCodes excluding(StatusCodes other) {
        BitSet codes = (BitSet) this.codes.clone();
        codes.andNot(other.codes);
        return new StatusCodes(codes);
    }

    /** @return whether the set holds no status */
    public boolean isEmpty() {
        return this.codes.isEmpty();
    }

    @Override
    public String toString() {
        return this.codes.toString();
    }

}
