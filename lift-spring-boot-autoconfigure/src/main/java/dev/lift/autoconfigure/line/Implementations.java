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

package dev.lift.autoconfigure.line;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.function.Function;

/**
 * Makes an object of a Spring Boot single-method interface that Lift does not compile against (it
 * lives in a different package on each line, {@link SpringBootLine}): a proxy that runs the given body
 * for the interface's one abstract method and the interface's own code for its default methods.
 */
final class Implementations {

    private Implementations() {
    }

    /**
     * @param type the interface
     * @param method the name of its abstract method
     * @param body what that method does, given its arguments
     * @param description what {@code toString()} answers
     * @return an implementation
     */
    static Object of(Class<?> type, String method, Function<Object[], Object> body, String description) {
        InvocationHandler handler = (proxy, invoked, args) -> {
            if (invoked.getName().equals(method) && !invoked.isDefault()) {
                return body.apply((args != null) ? args : new Object[0]);
            }
            if (invoked.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, invoked, args);
            }
            return switch (invoked.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                case "toString" -> description;
                default -> throw new UnsupportedOperationException(invoked.toString());
            };
        };
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler);
    }

}
