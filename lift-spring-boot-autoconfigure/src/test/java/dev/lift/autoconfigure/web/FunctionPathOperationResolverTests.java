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

package dev.lift.autoconfigure.web;

import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class FunctionPathOperationResolverTests {

    private final FunctionPathOperationResolver resolver = new FunctionPathOperationResolver(
            Set.of("uppercase", "reverse"), "");

    @Test
    void namesARequestAfterTheFunctionItCalls() {
        assertThat(operation(this.resolver, "/uppercase")).isEqualTo("uppercase");
        assertThat(operation(this.resolver, "/uppercase/extra/segments")).isEqualTo("uppercase");
        assertThat(operation(this.resolver, "/uppercase,reverse")).isEqualTo("uppercase,reverse");
    }

    @Test
    void anyOtherPathIsTheDefaultOperationSoPathsCannotCreateOperations() {
        assertThat(operation(this.resolver, "/random-" + System.nanoTime())).isEqualTo("http");
        assertThat(operation(this.resolver, "/uppercase,unknown")).isEqualTo("http");
        assertThat(operation(this.resolver, "/")).isEqualTo("http");
    }

    @Test
    void honoursTheFunctionWebPathPrefix() {
        FunctionPathOperationResolver prefixed = new FunctionPathOperationResolver(Set.of("uppercase"), "/functions");
        assertThat(operation(prefixed, "/functions/uppercase")).isEqualTo("uppercase");
        assertThat(operation(prefixed, "/uppercase")).isEqualTo("http");
    }

    private static String operation(FunctionPathOperationResolver resolver, String path) {
        return resolver.resolveOperation(new MockHttpServletRequest("POST", path));
    }

}
