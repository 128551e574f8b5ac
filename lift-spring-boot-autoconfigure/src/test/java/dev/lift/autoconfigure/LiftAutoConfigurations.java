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

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;

/**
 * Every Lift auto-configuration registered in {@code AutoConfiguration.imports}, for tests that run
 * Lift as a whole: one added later is covered without edits to them.
 */
public final class LiftAutoConfigurations {

    private LiftAutoConfigurations() {
    }

    /** @return all Lift auto-configurations */
    public static AutoConfigurations all() {
        List<Class<?>> classes = new ArrayList<>();
        ClassLoader classLoader = LiftAutoConfigurations.class.getClassLoader();
        for (String name : ImportCandidates.load(AutoConfiguration.class, classLoader)) {
            if (name.startsWith("dev.lift.")) {
                try {
                    classes.add(Class.forName(name, false, classLoader));
                }
                catch (ClassNotFoundException ex) {
                    throw new IllegalStateException(ex);
                }
            }
        }
        if (classes.isEmpty()) {
            throw new IllegalStateException("No Lift auto-configuration is registered");
        }
        return AutoConfigurations.of(classes.toArray(Class<?>[]::new));
    }

}
