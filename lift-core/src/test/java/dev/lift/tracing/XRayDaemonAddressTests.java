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

package dev.lift.tracing;

import java.net.InetSocketAddress;

import dev.lift.error.LiftConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Tests for {@link XRayDaemonAddress}. */
class XRayDaemonAddressTests {

    private static final String PROPERTY = "lift.tracing.xray.daemon-address";

    @Test
    void defaultsToLocalDaemon() {
        InetSocketAddress address = XRayDaemonAddress.parse(PROPERTY, null);
        assertThat(address.getAddress().getHostAddress()).isEqualTo("127.0.0.1");
        assertThat(address.getPort()).isEqualTo(2000);
    }

    @Test
    void hostAndPort() {
        InetSocketAddress address = XRayDaemonAddress.parse(PROPERTY, "169.254.79.129:2000");
        assertThat(address.getAddress().getHostAddress()).isEqualTo("169.254.79.129");
        assertThat(address.getPort()).isEqualTo(2000);
    }

    @Test
    void udpPartOfTcpAndUdpForm() {
        InetSocketAddress address = XRayDaemonAddress.parse(PROPERTY, "tcp:127.0.0.1:2000 udp:127.0.0.2:2001");
        assertThat(address.getAddress().getHostAddress()).isEqualTo("127.0.0.2");
        assertThat(address.getPort()).isEqualTo(2001);
    }

    @Test
    void bracketedIpv6() {
        InetSocketAddress address = XRayDaemonAddress.parse(PROPERTY, "[::1]:2000");
        assertThat(address.getAddress().getHostAddress()).isEqualTo("0:0:0:0:0:0:0:1");
    }

    @ParameterizedTest
    @ValueSource(strings = { "localhost", "127.0.0.1:", ":2000", "127.0.0.1:http", "127.0.0.1:70000",
            "tcp:127.0.0.1:2000" })
    void refusesWhatIsNotAnAddress(String value) {
        assertThatExceptionOfType(LiftConfigurationException.class)
            .isThrownBy(() -> XRayDaemonAddress.parse(PROPERTY, value))
            .satisfies((ex) -> assertThat(ex.property()).isEqualTo(PROPERTY))
            .satisfies((ex) -> assertThat(ex.value()).isEqualTo(value));
    }

}
