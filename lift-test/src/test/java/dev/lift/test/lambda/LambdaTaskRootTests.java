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

package dev.lift.test.lambda;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A function deployed as Lambda deploys a jar: extracted into the task root, off the JVM's class
 * path, loaded by the runtime client's own class loader.
 */
class LambdaTaskRootTests {

    @TempDir
    Path directory;

    @Test
    void runtimeClientLoadsTheFunctionFromTheExtractedTaskRoot() throws Exception {
        Path jar = this.directory.resolve("function.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            add(out, EchoHandler.class);
        }
        Path taskRoot = LambdaProcess.extract(jar, this.directory.resolve("task"));
        assertThat(taskRoot.resolve(EchoHandler.class.getName().replace('.', '/') + ".class")).isRegularFile();
        try (LambdaRuntimeApiServer server = LambdaRuntimeApiServer.start();
                LambdaProcess process = LambdaProcess.builder(EchoHandler.class.getName() + "::handleRequest")
                    .taskRoot(taskRoot)
                    .start(server)) {
            LambdaEvent event = LambdaEvent.of("\"from the task root\"");
            LambdaOutcome outcome = process.await(server.invoke(event), Duration.ofSeconds(30));
            assertThat(outcome.error()).isFalse();
            assertThat(outcome.body()).startsWith("\"" + event.requestId() + "|").endsWith("|'from the task root'\"");
        }
        assertThat(taskRoot).as("a task root the builder was given is kept").isDirectory();
    }

    @Test
    void awaitFailsWithTheOutputWhenTheFunctionExitsBeforeAnswering() throws Exception {
        try (LambdaRuntimeApiServer server = LambdaRuntimeApiServer.start();
                LambdaProcess process = LambdaProcess.builder("NoSuchHandler::handleRequest")
                    .taskRoot(Files.createDirectories(this.directory.resolve("empty")))
                    .jvmArguments("-XX:NoSuchOption")
                    .start(server)) {
            var outcome = server.invoke(LambdaEvent.of("{}"));
            assertThatIllegalStateException()
                .isThrownBy(() -> process.await(outcome, Duration.ofSeconds(30)))
                .withMessageContaining("exited")
                .withMessageContaining("NoSuchOption");
        }
    }

    @Test
    void extractRefusesEntriesOutsideTheTaskRoot() throws IOException {
        Path jar = this.directory.resolve("evil.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("../outside.txt"));
            out.write(1);
            out.closeEntry();
        }
        assertThatIOException().isThrownBy(() -> LambdaProcess.extract(jar, this.directory.resolve("task")))
            .withMessageContaining("../outside.txt");
        assertThat(this.directory.resolve("outside.txt")).doesNotExist();
    }

    private static void add(JarOutputStream out, Class<?> type) throws IOException, URISyntaxException {
        String name = type.getName().replace('.', '/') + ".class";
        Path root = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        out.putNextEntry(new JarEntry(name));
        Files.copy(root.resolve(name), out);
        out.closeEntry();
    }

}
