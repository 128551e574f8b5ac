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

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lift.context.LiftContext;
import dev.lift.error.LiftRateLimitedException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The answer Lift makes in the function's place, as every entry point writes it. */
class LiftResponseTests {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aRejectionIsAProblemWithItsStatusRetryAfterAndOwnHeadersOverTheInvocationsHeaders() {
        Invocation invocation = invocation();
        invocation.responseHeader("RateLimit", "\"tenant\";r=5;t=1");
        invocation.responseHeader("X-Other", "kept");

        LiftResponse response = LiftResponse.of(
                new LiftRateLimitedException("tenant", 10, 0, Duration.ofMillis(1200), Duration.ofSeconds(1)), invocation);

        assertThat(response.status()).isEqualTo(429);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.headers()).containsEntry("Retry-After", "2")
            .containsEntry("RateLimit", "\"tenant\";r=0;t=2")
            .containsEntry("X-Other", "kept");
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("\"urn:lift:problem:rate-limited\"");
    }

    @Test
    void aReplacementIsWrittenByItsType() throws Exception {
        assertThat(LiftResponse.replacing(new StringBuilder("text"), null, this.json))
            .satisfies((response) -> {
                assertThat(response.status()).isEqualTo(200);
                assertThat(response.contentType()).isEqualTo("text/plain;charset=UTF-8");
                assertThat(response.body()).isEqualTo("text".getBytes(StandardCharsets.UTF_8));
                assertThat(response.isText()).isTrue();
            });
        assertThat(LiftResponse.replacing(new byte[] { 1, 2 }, null, this.json)).satisfies((response) -> {
            assertThat(response.contentType()).isEqualTo("application/octet-stream");
            assertThat(response.body()).containsExactly(1, 2);
            assertThat(response.isText()).isFalse();
        });
        assertThat(LiftResponse.replacing(Map.of("cached", true), null, this.json)).satisfies((response) -> {
            assertThat(response.contentType()).isEqualTo("application/json");
            assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("{\"cached\":true}");
        });
    }

    @Test
    void aNullReplacementIsNoContentWithTheInvocationsHeaders() throws Exception {
        Invocation invocation = invocation();
        invocation.responseHeader("RateLimit", "\"tenant\";r=5;t=1");

        LiftResponse response = LiftResponse.replacing(null, invocation, this.json);

        assertThat(response.status()).isEqualTo(204);
        assertThat(response.hasBody()).isFalse();
        assertThat(response.body()).isEmpty();
        assertThat(response.headers()).containsExactly(Map.entry("RateLimit", "\"tenant\";r=5;t=1"));
    }

    private static Invocation invocation() {
        return new Invocation(LiftContext.builder("r", "op").build(), null, (invocation) -> null);
    }

}
