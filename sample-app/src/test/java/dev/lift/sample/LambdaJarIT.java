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

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Lambda jar keeps every auto-configuration and factory entry: a shaded jar that overwrote
 * {@code AutoConfiguration.imports} or {@code spring.factories} instead of merging them would lose
 * Lift (or Spring Boot) without a word.
 */
class LambdaJarIT {

    private static final String IMPORTS = "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports";

    @Test
    void theShadedJarKeepsEveryAutoConfigurationOfEveryDependency() throws Exception {
        try (JarFile jar = new JarFile(lambdaJar().toFile())) {
            List<String> shaded = lines(jar, IMPORTS);
            List<String> expected = new ArrayList<>();
            Enumeration<URL> sources = getClass().getClassLoader().getResources(IMPORTS);
            while (sources.hasMoreElements()) {
                try (InputStream in = sources.nextElement().openStream()) {
                    expected.addAll(lines(in));
                }
            }
            assertThat(expected).anyMatch((line) -> line.startsWith("dev.lift.autoconfigure."));
            assertThat(shaded).containsAll(expected);
        }
    }

    @Test
    void theShadedJarMergesSpringFactoriesIncludingLiftsFailureAnalyzers() throws Exception {
        try (JarFile jar = new JarFile(lambdaJar().toFile())) {
            Properties factories = new Properties();
            try (InputStream in = jar.getInputStream(jar.getEntry("META-INF/spring.factories"))) {
                factories.load(in);
            }
            String analyzers = factories.getProperty("org.springframework.boot.diagnostics.FailureAnalyzer");
            assertThat(analyzers).contains("dev.lift.autoconfigure.LiftConfigurationFailureAnalyzer")
                .contains("org.springframework.boot.autoconfigure.diagnostics.analyzer.NoSuchBeanDefinitionFailureAnalyzer");
            assertThat(jar.getEntry("dev/lift/autoconfigure/lambda/LiftFunctionInvoker.class"))
                .as("the handler the SAM template names")
                .isNotNull();
            assertThat(jar.getEntry("BOOT-INF/")).as("classes at the root, as Lambda loads them").isNull();
        }
    }

    private static Path lambdaJar() throws IOException {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of("target"), "*-aws.jar")) {
            for (Path jar : jars) {
                return jar;
            }
        }
        throw new IllegalStateException("No *-aws.jar in target/: run the package phase first");
    }

    private static List<String> lines(JarFile jar, String name) throws IOException {
        ZipEntry entry = jar.getEntry(name);
        assertThat(entry).as(name).isNotNull();
        try (InputStream in = jar.getInputStream(entry)) {
            return lines(in);
        }
    }

    private static List<String> lines(InputStream in) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            String trimmed = line.trim();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                lines.add(trimmed);
            }
        }
        return lines;
    }

}
