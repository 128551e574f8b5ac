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

package dev.lift.autoconfigure.endpoint;

import java.beans.PropertyDescriptor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.util.ClassUtils;

/**
 * The effective value of a {@code @ConfigurationProperties} object as a tree of maps, lists and plain
 * values, keyed as in {@code application.yml} (kebab-case). Tenant ids in it (the {@code tenants.<id>}
 * overrides, {@code default-tenant}) are counted or masked unless tenants may be shown.
 */
final class ConfigurationTree {

    private static final int MAX_DEPTH = 8;

    static final String MASK = "******";

    private final boolean showTenants;

    ConfigurationTree(boolean showTenants) {
        this.showTenants = showTenants;
    }

    /**
     * @param properties a {@code @ConfigurationProperties} JavaBean
     * @return its properties by kebab-case name
     */
    Map<String, Object> describe(Object properties) {
        return bean(properties, 0);
    }

    private Map<String, Object> bean(Object bean, int depth) {
        Map<String, Object> tree = new LinkedHashMap<>();
        BeanWrapper wrapper = new BeanWrapperImpl(bean);
        for (PropertyDescriptor property : wrapper.getPropertyDescriptors()) {
            if (property.getReadMethod() == null || "class".equals(property.getName())) {
                continue;
            }
            Object value = wrapper.getPropertyValue(property.getName());
            if (value == null) {
                continue;
            }
            String name = kebabCase(property.getName());
            tree.put(name, tenantIdentifying(name) && !this.showTenants ? masked(value) : value(value, depth + 1));
        }
        return tree;
    }

    private Object value(Object value, int depth) {
        if (value instanceof Number || value instanceof Boolean || value instanceof String) {
            return value;
        }
        if (value instanceof Enum<?> constant) {
            return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
        if (depth > MAX_DEPTH) {
            return String.valueOf(value);
        }
        if (value instanceof Collection<?> collection) {
            List<Object> list = new ArrayList<>();
            collection.forEach((element) -> list.add(value(element, depth + 1)));
            return list;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> tree = new LinkedHashMap<>();
            map.forEach((key, element) -> tree.put(String.valueOf(key), value(element, depth + 1)));
            return tree;
        }
        // Durations, data sizes, patterns and other JDK / Spring value types read best as text.
        if (ClassUtils.isSimpleValueType(value.getClass()) || value.getClass().getName().startsWith("java.")
                || value.getClass().getName().startsWith("org.springframework.")) {
            return value.toString();
        }
        return bean(value, depth);
    }

    private static Object masked(Object value) {
        if (value instanceof Map<?, ?> map) {
            return Map.of("hidden", map.size());
        }
        return MASK;
    }

    private static boolean tenantIdentifying(String name) {
        return "tenants".equals(name) || "default-tenant".equals(name);
    }

    static String kebabCase(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

}
