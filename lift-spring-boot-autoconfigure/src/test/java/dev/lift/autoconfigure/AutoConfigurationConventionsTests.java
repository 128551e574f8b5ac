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

package dev.lift.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.MergedAnnotations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules every Lift auto-configuration follows, checked over all of them: every bean can be replaced
 * by the user's own, and {@code lift.enabled=false} switches each one off.
 */
class AutoConfigurationConventionsTests {

    @Test
    void everyAutoConfigurationIsListedAndAnnotated() throws Exception {
        assertThat(autoConfigurations()).isNotEmpty().allSatisfy((type) -> assertThat(type)
            .hasAnnotation(AutoConfiguration.class));
    }

    @Test
    void everyBeanMethodBacksOffForAUserBean() throws Exception {
        List<String> missing = new ArrayList<>();
        for (Class<?> type : withNestedConfigurations(autoConfigurations())) {
            for (Method method : type.getDeclaredMethods()) {
                if (method.isAnnotationPresent(Bean.class)
                        && !method.isAnnotationPresent(ConditionalOnMissingBean.class)) {
                    missing.add(type.getName() + "#" + method.getName());
                }
            }
        }
        assertThat(missing).as("@Bean methods without @ConditionalOnMissingBean").isEmpty();
    }

    @Test
    void everyAutoConfigurationHonoursTheMasterSwitch() throws Exception {
        assertThat(autoConfigurations()).allSatisfy((type) -> assertThat(MergedAnnotations.from(type)
            .stream(ConditionalOnBooleanProperty.class)
            .anyMatch((condition) -> Arrays.asList(condition.getStringArray("name")).contains("lift.enabled")))
            .as("%s is conditional on lift.enabled", type.getName())
            .isTrue());
    }

    static List<Class<?>> autoConfigurations() throws IOException, ClassNotFoundException {
        List<Class<?>> types = new ArrayList<>();
        try (InputStream imports = AutoConfigurationConventionsTests.class.getResourceAsStream(
                "/META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports")) {
            for (String line : new String(imports.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    types.add(Class.forName(line.trim()));
                }
            }
        }
        return types;
    }

    private static List<Class<?>> withNestedConfigurations(List<Class<?>> types) {
        List<Class<?>> all = new ArrayList<>();
        for (Class<?> type : types) {
            all.add(type);
            all.addAll(withNestedConfigurations(Arrays.asList(type.getDeclaredClasses())));
        }
        return all;
    }

}
