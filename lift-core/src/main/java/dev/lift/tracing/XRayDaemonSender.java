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
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.atomic.LongAdder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends datagrams to the X-Ray daemon without ever waiting.
 *
 * <p>The channel is non-blocking and connected: a full socket buffer makes a send return at once
 * having sent nothing, and a daemon that is not listening comes back as an ICMP error on a later
 * send. Both are counted as drops instead of slowing the invocation that ended the span. A
 * black-holed address cannot be detected by UDP at all; those datagrams count as sent.
 */
final class XRayDaemonSender implements AutoCloseable {

    private static final Logger logger = LoggerFactory.getLogger(XRayDaemonSender.class);

    private final InetSocketAddress address;

    private final DatagramChannel channel;

    private final LongAdder sent = new LongAdder();

    private final LongAdder dropped = new LongAdder();

    XRayDaemonSender(InetSocketAddress address) {
        this.address = address;
        this.channel = (address.isUnresolved()) ? null : open(address);
        if (this.channel == null) {
            logger.warn("X-Ray daemon address {} cannot be resolved: trace segments will be dropped", address);
        }
    }

    private static DatagramChannel open(InetSocketAddress address) {
        try {
            DatagramChannel channel = DatagramChannel.open();
            channel.configureBlocking(false);
            channel.connect(address);
            return channel;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot open a UDP channel to the X-Ray daemon at " + address, ex);
        }
    }

    /**
     * Sends one datagram, or counts it as dropped.
     * @param datagram the whole datagram, positioned at its start
     * @return whether it was handed to the network
     */
    boolean send(ByteBuffer datagram) {
        if (this.channel != null) {
            try {
                // A datagram is sent whole or not at all.
                if (this.channel.write(datagram) > 0) {
                    this.sent.increment();
                    return true;
                }
            }
            catch (IOException ex) {
                // Port unreachable (no daemon yet), closed channel at shutdown, no route: drop it.
            }
        }
        this.dropped.increment();
        return false;
    }

    /**
     * Counts a datagram that was never sent (e.g. it could not be made small enough).
     */
    void drop() {
        this.dropped.increment();
    }

    long sent() {
        return this.sent.sum();
    }

    long dropped() {
        return this.dropped.sum();
    }

    InetSocketAddress address() {
        return this.address;
    }

    @Override
    public void close() {
        if (this.channel != null) {
            try {
                this.channel.close();
            }
            catch (IOException ex) {
                logger.debug("Closing the X-Ray daemon channel failed", ex);
            }
        }
    }

}
