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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Where a {@link SpanDatagramEncoder} writes a datagram, reusable from one span to the next by the
 * one thread that owns it: its bytes are sent without copying, and it keeps the JSON generator
 * that writes into it (a generator, its buffers and contexts cost more to make than a document
 * costs to write) and the scratch characters the encoder formats ids and times in.
 */
final class DatagramBuffer extends ByteArrayOutputStream {

    /** A span with Lift's attributes makes a document of about 600 bytes. */
    private static final int INITIAL_CAPACITY = 1024;

    /** A document this large is not sent whole anyway (it is cut to fit a datagram). */
    private static final int MAX_KEPT_CAPACITY = 2 * SpanDatagramEncoder.MAX_DATAGRAM_BYTES;

    private final char[] chars = new char[64];

    private ByteBuffer view;

    private JsonGenerator generator;

    DatagramBuffer() {
        super(INITIAL_CAPACITY);
    }

    /**
     * The generator writing into this buffer, made on first use and kept: each document it writes
     * is a complete root-level value, flushed before the buffer is read.
     * @param factory the factory that makes it
     * @return the generator
     * @throws IOException never in practice: it writes to memory
     */
    JsonGenerator generator(JsonFactory factory) throws IOException {
        if (this.generator == null) {
            this.generator = factory.createGenerator(this);
        }
        return this.generator;
    }

    /** Forgets the generator, after a document was left unfinished. */
    void discardGenerator() {
        this.generator = null;
    }

    /** Empties the buffer, letting go of the room a very large document took. */
    @Override
    public synchronized void reset() {
        super.reset();
        if (this.buf.length > MAX_KEPT_CAPACITY) {
            this.buf = new byte[INITIAL_CAPACITY];
        }
    }

    /** @return scratch characters for the encoder */
    char[] chars() {
        return this.chars;
    }

    /** @return the bytes written so far, as a buffer positioned at their start */
    ByteBuffer asByteBuffer() {
        if (this.view == null || this.view.array() != this.buf) {
            this.view = ByteBuffer.wrap(this.buf);
        }
        this.view.clear().limit(this.count);
        return this.view;
    }

}
