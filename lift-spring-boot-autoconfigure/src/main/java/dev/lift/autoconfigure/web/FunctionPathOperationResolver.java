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

import jakarta.servlet.http.HttpServletRequest;

/**
 * Names a request after the function its path calls ({@code POST /uppercase} → {@code uppercase}),
 * the way spring-cloud-function-web routes it; any other request is {@code http}. Only names of
 * registered functions are returned, so an attacker cannot create operations by inventing paths.
 */
final class FunctionPathOperationResolver implements LiftHttpOperationResolver {

    private final Set<String> functionNames;

    private final String prefix;

    /**
     * @param functionNames the registered function names
     * @param prefix the path prefix of function-web ({@code spring.cloud.function.web.path}), or empty
     */
    FunctionPathOperationResolver(Set<String> functionNames, String prefix) {
        this.functionNames = Set.copyOf(functionNames);
        this.prefix = (prefix == null) ? "" : prefix;
    }

    @Override
    public String resolveOperation(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(this.prefix)) {
            return DEFAULT_OPERATION;
        }
        int start = this.prefix.length();
        if (start < path.length() && path.charAt(start) == '/') {
            start++;
        }
        int end = path.indexOf('/', start);
        String candidate = path.substring(start, (end < 0) ? path.length() : end);
        return isFunction(candidate) ? candidate : DEFAULT_OPERATION;
    }

    private boolean isFunction(String candidate) {
        if (candidate.isEmpty()) {
            return false;
        }
        if (this.functionNames.contains(candidate)) {
            return true;
        }
        // Compositions such as "uppercase,reverse" or "uppercase|reverse" of registered functions.
        for (String part : candidate.split("[,|]")) {
            if (!this.functionNames.contains(part)) {
                return false;
            }
        }
        return true;
    }

}
