package dev.lift.tracing;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;

/**
 * Where {@link XRaySegmentEncoder} writes a datagram, reusable from one span to the next by the
 * one thread that owns it: its bytes are sent without copying, and it carries the scratch
 * characters the encoder formats ids and times in.
 */
final class DatagramBuffer extends ByteArrayOutputStream {

    /** A span with Lift's attributes makes a document of about 600 bytes. */
    private static final int INITIAL_CAPACITY = 1024;

    private final char[] chars = new char[64];

    private ByteBuffer view;

    DatagramBuffer() {
        super(INITIAL_CAPACITY);
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
