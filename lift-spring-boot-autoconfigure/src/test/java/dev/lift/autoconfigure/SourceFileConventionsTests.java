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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conventions of the project's main source files, every module's: a file grows past 300 lines only
 * with a sentence at its top saying why, so that a long file is a decision, not an accident.
 */
class SourceFileConventionsTests {

    private static final int MAX_LINES = 300;

    private static final String REASON = "// Over 300 lines on purpose: ";

    @Test
    void aMainFileOverThreeHundredLinesSaysWhyAtItsTop() throws IOException {
        List<Path> sources = mainSources();
        assertThat(sources).as("main sources found from %s", projectRoot()).hasSizeGreaterThan(100);
        List<String> unexplained = new ArrayList<>();
        for (Path source : sources) {
            List<String> lines = Files.readAllLines(source);
            if (lines.size() > MAX_LINES && lines.stream().limit(30).noneMatch((line) -> line.startsWith(REASON))) {
                unexplained.add(projectRoot().relativize(source) + " (" + lines.size() + " lines)");
            }
        }
        assertThat(unexplained).as("main files over %d lines without '%s' after the package line", MAX_LINES, REASON)
            .isEmpty();
    }

    private static List<Path> mainSources() throws IOException {
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> modules = Files.list(projectRoot())) {
            for (Path main : modules.map((module) -> module.resolve("src/main/java")).filter(Files::isDirectory).toList()) {
                try (Stream<Path> files = Files.walk(main)) {
                    files.filter((file) -> file.toString().endsWith(".java")).forEach(sources::add);
                }
            }
        }
        return sources;
    }

    // Tests run in their module's directory; the Spring Boot 4 build runs these from its own module.
    private static Path projectRoot() {
        return Path.of("").toAbsolutePath().getParent();
    }

}
