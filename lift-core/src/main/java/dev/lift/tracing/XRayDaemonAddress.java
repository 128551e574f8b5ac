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

/**
 * Where the X-Ray daemon listens for segment documents, in the format of
 * {@code AWS_XRAY_DAEMON_ADDRESS}: {@code host:port}, or {@code tcp:host:port udp:host:port} as the
 * Lambda runtime sets it (segments go to the UDP address).
 */
public final class XRayDaemonAddress {

    /** The environment variable the Lambda runtime and the daemon's users set. */
    public static final String ENVIRONMENT_VARIABLE = "AWS_XRAY_DAEMON_ADDRESS";

    /** The daemon's default address. */
    public static final String DEFAULT = "127.0.0.1:2000";

    private static final String ACCEPTED = "host:port or 'tcp:host:port udp:host:port', port 1-65535";

    private XRayDaemonAddress() {
    }

    /**
     * Parses an address. The host is resolved once, here, so that sending never waits for DNS; an
     * unresolvable host gives an unresolved address, to which nothing is sent.
     * @param property the property the value came from, for the error message
     * @param value the address, {@code null} or blank for {@link #DEFAULT}
     * @return the UDP address of the daemon
     * @throws LiftConfigurationException when the value is not an address
     */
    public static InetSocketAddress parse(String property, String value) {
        String address = (value == null || value.isBlank()) ? DEFAULT : value.trim();
        for (String part : address.split("\\s+")) {
            if (part.startsWith("udp:")) {
                return hostAndPort(property, value, part.substring("udp:".length()));
            }
        }
        if (address.startsWith("tcp:") || address.contains(" ")) {
            throw new LiftConfigurationException(property, value, ACCEPTED);
        }
        return hostAndPort(property, value, address);
    }

    private static InetSocketAddress hostAndPort(String property, String value, String hostAndPort) {
        int colon = hostAndPort.lastIndexOf(':');
        if (colon <= 0 || colon == hostAndPort.length() - 1) {
            throw new LiftConfigurationException(property, value, ACCEPTED);
        }
        String host = hostAndPort.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port;
        try {
            port = Integer.parseInt(hostAndPort.substring(colon + 1));
        }
        catch (NumberFormatException ex) {
            throw new LiftConfigurationException(property, value, ACCEPTED);
        }
        if (port < 1 || port > 65535) {
            throw new LiftConfigurationException(property, value, ACCEPTED);
        }
        return new InetSocketAddress(host, port);
    }

}
