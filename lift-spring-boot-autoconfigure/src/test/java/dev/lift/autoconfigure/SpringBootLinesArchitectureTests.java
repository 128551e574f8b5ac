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

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Lift's auto-configuration is one jar for Spring Boot 3 and 4: no class of it may use a type that
 * only one line has. The types that moved are named, as strings, in one place
 * ({@code dev.lift.autoconfigure.line}); this rule fails the build when code links to one directly.
 */
class SpringBootLinesArchitectureTests {

    private final JavaClasses lift = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.lift.autoconfigure");

    @Test
    void noClassLinksToATypeOnlyOneSpringBootLineHas() {
        noClasses().should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    // Spring Boot 3 only
                    "org.springframework.boot.actuate.health..", "org.springframework.boot.actuate.autoconfigure.health..",
                    "org.springframework.boot.actuate.autoconfigure.tracing..",
                    "org.springframework.boot.actuate.autoconfigure.metrics..",
                    "org.springframework.boot.actuate.autoconfigure.availability..",
                    "org.springframework.boot.autoconfigure.jackson..", "org.springframework.boot.autoconfigure.web..",
                    // Spring Boot 4 only
                    "org.springframework.boot.health..", "org.springframework.boot.micrometer..",
                    "org.springframework.boot.jackson..", "org.springframework.boot.webmvc..",
                    // resilience4j's Spring Boot modules: one per line
                    "io.github.resilience4j.springboot3..", "io.github.resilience4j.springboot..")
            .because("Lift is compiled once for Spring Boot 3 and 4 (docs/architecture.md)")
            .check(this.lift);
    }

}
