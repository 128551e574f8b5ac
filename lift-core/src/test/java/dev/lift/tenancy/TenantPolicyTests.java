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

package dev.lift.tenancy;

import java.util.Map;
import java.util.regex.Pattern;

import dev.lift.error.LiftInvalidTenantException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.lift.tenancy.TenantResolversTests.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TenantPolicyTests {

    private static final Pattern DEFAULT = Pattern.compile(TenantPolicy.DEFAULT_PATTERN);

    private final LiftTenantResolver header = new HeaderTenantResolver("X-Tenant-Id");

    @Test
    void acceptsATenantMatchingThePattern() {
        TenantPolicy policy = new TenantPolicy(this.header, DEFAULT, true, null);
        assertThat(policy.resolve(request(Map.of("X-Tenant-Id", "acme-01.eu_west"), null, null)))
            .isEqualTo("acme-01.eu_west");
    }

    @ParameterizedTest
    @ValueSource(strings = { "acme\r\nlevel=ERROR", "acme\"", "a c m e", "acme\u0000", "ünïcödé", "acme\u202e",
            "{\"tenant\":1}" })
    void refusesTenantIdsThatCouldBreakALogLineOrForgeAField(String hostile) {
        TenantPolicy policy = new TenantPolicy(this.header, DEFAULT, false, null);
        assertThatExceptionOfType(LiftInvalidTenantException.class)
            .isThrownBy(() -> policy.resolve(request(Map.of("X-Tenant-Id", hostile), null, null)))
            .withMessage("The tenant id does not match the allowed pattern");
    }

    @Test
    void refusesOverlongTenantIdsWhateverThePatternAllows() {
        TenantPolicy permissive = new TenantPolicy(this.header, Pattern.compile(".*"), false, null);
        String tenKilobytes = "a".repeat(10 * 1024);
        assertThatExceptionOfType(LiftInvalidTenantException.class)
            .isThrownBy(() -> permissive.resolve(request(Map.of("X-Tenant-Id", tenKilobytes), null, null)));
        TenantPolicy strict = new TenantPolicy(this.header, DEFAULT, false, null);
        assertThatExceptionOfType(LiftInvalidTenantException.class)
            .isThrownBy(() -> strict.resolve(request(Map.of("X-Tenant-Id", "a".repeat(65)), null, null)));
    }

    @Test
    void aMissingTenantIsRefusedOnlyWhenRequired() {
        assertThat(new TenantPolicy(this.header, DEFAULT, false, null).resolve(request(Map.of(), null, null))).isNull();
        assertThatExceptionOfType(LiftInvalidTenantException.class)
            .isThrownBy(() -> new TenantPolicy(this.header, DEFAULT, true, null).resolve(request(Map.of(), null, null)))
            .withMessage("A tenant is required and none was found");
    }

    @Test
    void theDefaultTenantFillsInWhenNoSourceHasOne() {
        TenantPolicy policy = new TenantPolicy(this.header, DEFAULT, true, "shared");
        assertThat(policy.resolve(request(Map.of(), null, null))).isEqualTo("shared");
        assertThat(policy.resolve(request(Map.of("X-Tenant-Id", "acme"), null, null))).isEqualTo("acme");
    }

}
