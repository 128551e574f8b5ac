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

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stand-in for the X-Ray daemon: a real UDP socket on loopback whose datagrams a thread drains
 * into a queue as soon as they arrive, so the socket buffer never overflows.
 */
final class XRayDaemonStub implements AutoCloseable {

    static final String HEADER_LINE = "{\"format\": \"json\", \"version\": 1}";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DatagramSocket socket;

    private final BlockingQueue<byte[]> datagrams = new LinkedBlockingQueue<>();

    private final Thread receiver;

    XRayDaemonStub() throws SocketException {
        this.socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.socket.setReceiveBufferSize(4 * 1024 * 1024);
        this.receiver = new Thread(this::receive, "xray-daemon-stub");
        this.receiver.setDaemon(true);
        this.receiver.start();
    }

    private void receive() {
        byte[] buffer = new byte[65_536];
        while (!this.socket.isClosed()) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                this.socket.receive(packet);
                this.datagrams.add(Arrays.copyOf(packet.getData(), packet.getLength()));
            }
            catch (IOException ex) {
                return;
            }
        }
    }

    InetSocketAddress address() {
        return (InetSocketAddress) this.socket.getLocalSocketAddress();
    }

    /** The next datagram, raw; fails the test when none arrives within 5 seconds. */
    byte[] nextDatagram() throws InterruptedException {
        byte[] datagram = this.datagrams.poll(5, TimeUnit.SECONDS);
        assertThat(datagram).as("a datagram from the exporter").isNotNull();
        return datagram;
    }

    /** The next segment document, after checking the header line. */
    JsonNode nextDocument() throws Exception {
        String text = new String(nextDatagram(), StandardCharsets.UTF_8);
        int newline = text.indexOf('\n');
        assertThat(newline).as("header line").isPositive();
        assertThat(text.substring(0, newline)).isEqualTo(HEADER_LINE);
        return JSON.readTree(text.substring(newline + 1));
    }

    /**
     * The next datagram in the OTLP format, decoded with OpenTelemetry's protobuf classes after
     * checking the header line and the prefix of sampled spans.
     */
    ExportTraceServiceRequest nextOtlpRequest() throws Exception {
        return decodeOtlp(nextDatagram());
    }

    /** Decodes a datagram in the OTLP format: header line, "T1S", base64 of the protobuf request. */
    static ExportTraceServiceRequest decodeOtlp(byte[] datagram) throws Exception {
        String text = new String(datagram, StandardCharsets.US_ASCII);
        int newline = text.indexOf('\n');
        assertThat(newline).as("header line").isPositive();
        assertThat(text.substring(0, newline)).isEqualTo(HEADER_LINE);
        assertThat(text.substring(newline + 1)).as("sampled spans' prefix").startsWith("T1S");
        byte[] protobuf = Base64.getDecoder().decode(text.substring(newline + 1 + "T1S".length()));
        return ExportTraceServiceRequest.parseFrom(protobuf);
    }

    /** Whether a datagram is waiting right now. */
    boolean hasDatagram() {
        return !this.datagrams.isEmpty();
    }

    @Override
    public void close() {
        this.socket.close();
    }

}
