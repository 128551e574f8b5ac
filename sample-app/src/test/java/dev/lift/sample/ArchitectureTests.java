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

package dev.lift.sample;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The dependency direction of the modules: sample-app → starter → autoconfigure → core. The starter
 * holds no classes, so the rules are about the other three.
 */
class ArchitectureTests {

    private static final String CORE = "dev.lift..";

    private static final String AUTOCONFIGURE = "dev.lift.autoconfigure..";

    private static final String SAMPLE = "dev.lift.sample..";

    private static final String TEST_SUPPORT = "dev.lift.test..";

    private final JavaClasses classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.lift");

    @Test
    void coreNeverImportsSpringBoot() {
        noClasses().that()
            .resideInAPackage(CORE)
            .and()
            .resideOutsideOfPackages(AUTOCONFIGURE, SAMPLE, TEST_SUPPORT)
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.springframework.boot..")
            .check(this.classes);
    }

    @Test
    void coreDependsOnNeitherTheAutoConfigurationNorTheSample() {
        noClasses().that()
            .resideInAPackage(CORE)
            .and()
            .resideOutsideOfPackages(AUTOCONFIGURE, SAMPLE, TEST_SUPPORT)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(AUTOCONFIGURE, SAMPLE, TEST_SUPPORT)
            .check(this.classes);
    }

    @Test
    void theAutoConfigurationDoesNotDependOnTheSample() {
        noClasses().that()
            .resideInAPackage(AUTOCONFIGURE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(SAMPLE, TEST_SUPPORT)
            .check(this.classes);
    }

}
