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

package dev.lift.autoconfigure.logging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.lift.autoconfigure.logging.LiftLoggingAutoConfiguration.DebugSampling;
import dev.lift.chain.Invocation;
import dev.lift.chain.LiftChain;
import dev.lift.chain.LiftFilter;
import dev.lift.chain.LiftTarget;
import dev.lift.context.LiftContext;
import dev.lift.error.LiftConfigurationException;
import dev.lift.error.LiftRejectedException;
import dev.lift.logging.InvocationLoggingFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.event.KeyValuePair;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LiftLoggingAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(LiftLoggingAutoConfiguration.class));

    private final Logger application = (Logger) LoggerFactory.getLogger("test.application");

    private final Logger summary = (Logger) LoggerFactory.getLogger(InvocationLoggingFilter.SUMMARY_LOGGER);

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    LiftLoggingAutoConfigurationTests() {
        this.appender.start();
        this.application.addAppender(this.appender);
        this.application.setLevel(Level.INFO);
        this.summary.addAppender(this.appender);
    }

    @AfterEach
    void detach() {
        this.application.detachAppender(this.appender);
        this.summary.detachAppender(this.appender);
    }

    @Test
    void addsTheInvocationLoggingFilter() {
        this.contextRunner.run((context) -> assertThat(context).hasSingleBean(InvocationLoggingFilter.class));
    }

    @Test
    void canBeSwitchedOff() {
        this.contextRunner.withPropertyValues("lift.logging.enabled=false")
            .run((context) -> assertThat(context).doesNotHaveBean(InvocationLoggingFilter.class)
                .doesNotHaveBean(DebugSampling.class));
        this.contextRunner.withPropertyValues("lift.enabled=false")
            .run((context) -> assertThat(context).doesNotHaveBean(InvocationLoggingFilter.class));
    }

    @Test
    void aUserFilterReplacesLifts() {
        InvocationLoggingFilter own = new InvocationLoggingFilter(0, true);
        this.contextRunner.withBean(InvocationLoggingFilter.class, () -> own)
            .run((context) -> assertThat(context.getBean(InvocationLoggingFilter.class)).isSameAs(own));
    }

    @Test
    void withoutLogbackNoSamplingFilterIsInstalled() {
        this.contextRunner.withPropertyValues("lift.logging.sample-rate=1")
            .withClassLoader(new FilteredClassLoader(LoggerContext.class))
            .run((context) -> assertThat(context).hasSingleBean(InvocationLoggingFilter.class)
                .doesNotHaveBean(DebugSampling.class));
    }

    @Test
    void anOutOfRangeSampleRateFailsAtStartUp() {
        this.contextRunner.withPropertyValues("lift.logging.sample-rate=1.5")
            .run((context) -> assertThat(context.getStartupFailure()).rootCause()
                .isInstanceOf(LiftConfigurationException.class)
                .hasMessageContaining("lift.logging.sample-rate"));
    }

    @Test
    void aSampledInvocationLogsDebugLinesWhateverTheLevel() {
        this.contextRunner.withPropertyValues("lift.logging.sample-rate=1").run((context) -> {
            assertThat(context.getBean(DebugSampling.class).installed()).isTrue();
            this.application.debug("outside");
            run(context.getBean(InvocationLoggingFilter.class), (invocation) -> {
                this.application.debug("inside");
                return "ok";
            });
            this.application.debug("after");
            assertThat(this.appender.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly("inside");
        });
        assertThat(((LoggerContext) LoggerFactory.getILoggerFactory()).getTurboFilterList())
            .noneMatch(DebugSamplingTurboFilter.class::isInstance);
    }

    @Test
    void withoutSamplingDebugLinesStayOff() {
        this.contextRunner.run((context) -> {
            run(context.getBean(InvocationLoggingFilter.class), (invocation) -> {
                this.application.debug("inside");
                return "ok";
            });
            assertThat(this.appender.list).isEmpty();
        });
    }

    @Test
    void summaryLineTellsDurationOutcomeAndRejectingPattern() {
        this.contextRunner.withPropertyValues("lift.logging.invocation-summary=true").run((context) -> {
            InvocationLoggingFilter filter = context.getBean(InvocationLoggingFilter.class);
            run(filter, (invocation) -> "ok");
            assertThatExceptionOfType(Rejected.class).isThrownBy(() -> run(filter, (invocation) -> {
                throw new Rejected();
            }));
            assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> run(filter, (invocation) -> {
                throw new IllegalStateException();
            }));

            List<Map<String, Object>> lines = this.appender.list.stream().map(this::pairs).toList();
            assertThat(lines).extracting((pairs) -> pairs.get("outcome")).containsExactly("success", "rejected", "error");
            assertThat(lines.get(1)).containsEntry("rejected_by", "bulkhead");
            assertThat(lines).allSatisfy((pairs) -> assertThat(pairs.get("duration_ms")).isInstanceOf(Double.class));
        });
    }

    private Map<String, Object> pairs(ILoggingEvent event) {
        Map<String, Object> pairs = new HashMap<>();
        for (KeyValuePair pair : event.getKeyValuePairs()) {
            pairs.put(pair.key, pair.value);
        }
        return pairs;
    }

    private static void run(LiftFilter filter, LiftTarget target) throws Exception {
        LiftContext context = LiftContext.builder("req-1", "orders").build();
        new LiftChain(List.of(filter)).execute(new Invocation(context, null, target));
    }

    static final class Rejected extends LiftRejectedException {

        Rejected() {
            super("full", 503, null, "bulkhead");
        }

        @Override
        public String code() {
            return "bulkhead-full";
        }

    }

}
