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
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * Adds a member to Spring Boot's {@code readiness} health group, when there is one. Spring Boot
 * makes that group only with {@code management.endpoint.health.probes.enabled=true} (or on
 * Kubernetes), or when the user defines it; Lift neither creates the group nor touches any other.
 * Adding membership, rather than setting {@code management.endpoint.health.group.readiness.include},
 * keeps whatever the user included.
 *
 * <p>Each Spring Boot line has its own {@code HealthEndpointGroups} and {@code HealthEndpointGroup}
 * interfaces, in different packages but of the same shape ({@link SpringBootLine}); this class works
 * on either through proxies.
 */
final class ReadinessGroupMembership {

    static final String READINESS = "readiness";

    private ReadinessGroupMembership() {
    }

    /**
     * @param groups the groups Spring Boot made
     * @param groupsType the line's {@code HealthEndpointGroups} interface
     * @param member the component to add to the readiness group
     * @return the groups, the readiness group with the member added
     */
    static Object add(Object groups, Class<?> groupsType, String member) {
        try {
            Method get = groupsType.getMethod("get", String.class);
            Object readiness = get.invoke(groups, READINESS);
            if (readiness == null) {
                return groups;
            }
            Object withMember = proxy(get.getReturnType(), readiness, (proxy, method, args) -> {
                if (method.getName().equals("isMember") && member.equals(args[0])) {
                    return true;
                }
                return delegate(readiness, proxy, method, args);
            });
            return proxy(groupsType, groups, (proxy, method, args) -> {
                if (method.equals(get) && READINESS.equals(args[0])) {
                    return withMember;
                }
                return delegate(groups, proxy, method, args);
            });
        }
        catch (ReflectiveOperationException ex) {
            throw new IllegalStateException("Cannot add " + member + " to the readiness health group", ex);
        }
    }

    private static Object proxy(Class<?> type, Object target, InvocationHandler handler) {
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler);
    }

    /**
     * Default methods run on the proxy, so that they see the added member (a lookup by additional
     * path calls {@code get(name)}); the others run on the target.
     */
    private static Object delegate(Object target, Object proxy, Method method, Object[] args) throws Throwable {
        if (method.isDefault()) {
            return InvocationHandler.invokeDefault(proxy, method, args);
        }
        try {
            return method.invoke(target, args);
        }
        catch (InvocationTargetException ex) {
            throw ex.getCause();
        }
    }

}
