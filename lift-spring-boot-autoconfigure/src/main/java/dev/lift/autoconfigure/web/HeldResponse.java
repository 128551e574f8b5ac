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

package dev.lift.autoconfigure.web;

// Over 300 lines on purpose: a servlet response can send or end an answer in a dozen ways (flushes,
// headers, errors, redirects, its stream and its writer), and each must be held; one wrapper shows that
// none is missed.

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * The response as the servlet sees it while Lift's chain has not decided: nothing is sent before the
 * chain returns, so that a late rejection (a timeout that fires while the function answers, say) can
 * still replace the function's answer.
 *
 * <p>The answer waits in the container's own response buffer, sized to at least the held size: the
 * servlet's flushes are held back, and so are what would make the container treat the answer as
 * complete before it is sent (a {@code Content-Length}, {@code sendError}, {@code sendRedirect},
 * closing the stream), until {@link #release()}. An answer larger than the buffer overflows it, and
 * the container sends it as it is written, as it always does: from then on the answer stands.
 *
 * <p>Once the request went asynchronous, flushes pass: the answer is written after the chain
 * returned (streaming, server-sent events, a reactive function's result), and holding it back would
 * only delay it.
 */
final class HeldResponse extends HttpServletResponseWrapper {

    private static final String CONTENT_LENGTH = "Content-Length";

    private final HttpServletRequest request;

    private final HttpServletResponse response;

    // Read by the threads that write an async answer.
    private volatile boolean released;

    private long contentLength = -1;

    private int errorStatus;

    private String errorMessage;

    private String redirect;

    private ServletOutputStream outputStream;

    private PrintWriter writer;

    private HeldResponse(HttpServletRequest request, HttpServletResponse response) {
        super(response);
        this.request = request;
        this.response = response;
    }

    /**
     * Holds the answer to a request.
     * @param request the request
     * @param response the container's response
     * @param size the largest answer held; 0 holds nothing
     * @return the response the servlet writes to
     */
    static HttpServletResponse hold(HttpServletRequest request, HttpServletResponse response, int size) {
        if (size <= 0 || response.isCommitted()) {
            return response;
        }
        if (response.getBufferSize() < size) {
            try {
                response.setBufferSize(size);
            }
            catch (IllegalStateException ex) {
                // Something was written before Lift's filter: hold what the buffer holds.
            }
        }
        return new HeldResponse(request, response);
    }

    /**
     * Lets the answer go as the servlet made it: applies what was held back. Called once the chain
     * returned the servlet's answer; a replacement answer resets the response instead.
     * @param response the response the servlet wrote to
     * @throws IOException when the held error or redirect cannot be sent
     */
    static void release(HttpServletResponse response) throws IOException {
        if (response instanceof HeldResponse held) {
            held.release();
        }
    }

    /**
     * @param response the response the servlet wrote to
     * @return whether the container has sent (committed) the response: a held error or redirect is
     *     not sent yet, though the servlet sees it as committed
     */
    static boolean isSent(HttpServletResponse response) {
        return (response instanceof HeldResponse held) ? held.response.isCommitted() : response.isCommitted();
    }

    private void release() throws IOException {
        if (this.released) {
            return;
        }
        this.released = true;
        if (this.response.isCommitted()) {
            return;
        }
        if (this.errorStatus != 0) {
            if (this.errorMessage != null) {
                this.response.sendError(this.errorStatus, this.errorMessage);
            }
            else {
                this.response.sendError(this.errorStatus);
            }
        }
        else if (this.redirect != null) {
            this.response.sendRedirect(this.redirect);
        }
        else if (this.contentLength >= 0) {
            this.response.setContentLengthLong(this.contentLength);
        }
    }

    private boolean holding() {
        return !this.released && !this.request.isAsyncStarted();
    }

    /** @return whether the servlet ended its answer with an error or a redirect that is held back */
    private boolean ended() {
        return this.errorStatus != 0 || this.redirect != null;
    }

    @Override
    public boolean isCommitted() {
        // An error or a redirect ends the answer for the servlet, as if it had been sent.
        return (holding() && ended()) || super.isCommitted();
    }

    @Override
    public int getStatus() {
        if (holding() && this.errorStatus != 0) {
            return this.errorStatus;
        }
        return (holding() && this.redirect != null) ? SC_FOUND : super.getStatus();
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        if (!holding()) {
            super.sendError(status, message);
            return;
        }
        checkNotEnded();
        this.errorStatus = status;
        this.errorMessage = message;
    }

    @Override
    public void sendError(int status) throws IOException {
        sendError(status, null);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        if (!holding()) {
            super.sendRedirect(location);
            return;
        }
        checkNotEnded();
        this.redirect = location;
    }

    private void checkNotEnded() {
        if (isCommitted()) {
            throw new IllegalStateException("The response has already been committed");
        }
    }

    @Override
    public void setContentLength(int length) {
        setContentLengthLong(length);
    }

    @Override
    public void setContentLengthLong(long length) {
        if (holding()) {
            // Containers treat an answer that reached its Content-Length as complete: not yet.
            this.contentLength = length;
        }
        else {
            super.setContentLengthLong(length);
        }
    }

    @Override
    public void setHeader(String name, String value) {
        if (CONTENT_LENGTH.equalsIgnoreCase(name) && holding()) {
            setContentLengthLong((value != null) ? Long.parseLong(value.trim()) : -1);
        }
        else {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (CONTENT_LENGTH.equalsIgnoreCase(name) && holding()) {
            setHeader(name, value);
        }
        else {
            super.addHeader(name, value);
        }
    }

    @Override
    public void setIntHeader(String name, int value) {
        if (CONTENT_LENGTH.equalsIgnoreCase(name) && holding()) {
            setContentLengthLong(value);
        }
        else {
            super.setIntHeader(name, value);
        }
    }

    @Override
    public void addIntHeader(String name, int value) {
        if (CONTENT_LENGTH.equalsIgnoreCase(name) && holding()) {
            setContentLengthLong(value);
        }
        else {
            super.addIntHeader(name, value);
        }
    }

    @Override
    public boolean containsHeader(String name) {
        return (CONTENT_LENGTH.equalsIgnoreCase(name) && holding() && this.contentLength >= 0)
                || super.containsHeader(name);
    }

    @Override
    public String getHeader(String name) {
        if (CONTENT_LENGTH.equalsIgnoreCase(name) && holding() && this.contentLength >= 0) {
            return Long.toString(this.contentLength);
        }
        return super.getHeader(name);
    }

    @Override
    public void flushBuffer() throws IOException {
        if (!holding()) {
            super.flushBuffer();
        }
    }

    @Override
    public void reset() {
        super.reset();
        this.contentLength = -1;
        this.errorStatus = 0;
        this.errorMessage = null;
        this.redirect = null;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (this.outputStream == null) {
            this.outputStream = new HeldOutputStream(super.getOutputStream());
        }
        return this.outputStream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (this.writer == null) {
            this.writer = new PrintWriter(new HeldWriter(super.getWriter()));
        }
        return this.writer;
    }

    /** The container's stream, with flush and close held back while the answer is held. */
    private final class HeldOutputStream extends ServletOutputStream {

        private final ServletOutputStream out;

        HeldOutputStream(ServletOutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            if (!ended()) {
                this.out.write(b);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (!ended()) {
                this.out.write(bytes, offset, length);
            }
        }

        @Override
        public void flush() throws IOException {
            if (!holding()) {
                this.out.flush();
            }
        }

        @Override
        public void close() throws IOException {
            if (!holding()) {
                this.out.close();
            }
        }

        @Override
        public boolean isReady() {
            return this.out.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            this.out.setWriteListener(listener);
        }

    }

    /** The container's writer, with flush and close held back while the answer is held. */
    private final class HeldWriter extends Writer {

        private final PrintWriter out;

        HeldWriter(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            if (!ended()) {
                this.out.write(chars, offset, length);
            }
        }

        @Override
        public void write(String text, int offset, int length) {
            if (!ended()) {
                this.out.write(text, offset, length);
            }
        }

        @Override
        public void flush() {
            if (!holding()) {
                this.out.flush();
            }
        }

        @Override
        public void close() {
            if (!holding()) {
                this.out.close();
            }
        }

    }

}
