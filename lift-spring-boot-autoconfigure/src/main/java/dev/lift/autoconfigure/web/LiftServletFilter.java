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

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.lift.chain.EntryRequest;
import dev.lift.chain.Invocation;
import dev.lift.chain.LiftInvoker;
import dev.lift.chain.LiftResponse;
import dev.lift.chain.LiftTarget;
import dev.lift.context.LiftContext;
import dev.lift.error.LiftRejectedException;
import dev.lift.lambda.ColdStart;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;

/**
 * Lift's HTTP entry point: runs every request (to a function or a controller) through the chain, holds
 * the servlet's answer until the chain has decided ({@link HeldResponse}), and writes a
 * {@link LiftRejectedException} or a value a filter returned instead of the function's answer as a
 * {@link LiftResponse}.
 */
public class LiftServletFilter extends OncePerRequestFilter {

    /** Incoming X-Ray trace header; used only when well-formed. */
    static final String TRACE_HEADER = "X-Amzn-Trace-Id";

    private static final Pattern TRACE_HEADER_FORMAT = Pattern.compile("[A-Za-z0-9=;:._-]{1,256}");

    /**
     * Lift's answer to a request that went asynchronous before the chain rejected it, for the async
     * dispatch to write in place of the servlet's result.
     */
    static final String LATE_ANSWER = LiftServletFilter.class.getName() + ".lateAnswer";

    private static final LiftTarget TARGET = (invocation) -> ((ServletCall) invocation.request()).attempt(invocation);

    private final LiftInvoker invoker;

    private final LiftHttpOperationResolver operations;

    private final ColdStart coldStart;

    private final LiftWebProperties properties;

    private final ObjectMapper json;

    /**
     * @param invoker runs calls through the chain
     * @param operations names the operation of a request
     * @param coldStart tells the first request of this process
     * @param properties the HTTP settings
     * @param json writes values that a filter returned in place of the function's answer
     */
    public LiftServletFilter(LiftInvoker invoker, LiftHttpOperationResolver operations, ColdStart coldStart,
            LiftWebProperties properties, ObjectMapper json) {
        this.invoker = invoker;
        this.operations = operations;
        this.coldStart = coldStart;
        this.properties = properties;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        List<String> excluded = this.properties.getExcludedPaths();
        for (String prefix : excluded) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        // The async dispatch writes the servlet's result (spring-cloud-function-web, DeferredResult,
        // reactive return values): a rejection decided after the request went async is written there.
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isAsyncDispatch(request)) {
            answerAsyncDispatch(request, response, chain);
            return;
        }
        if (LiftInvoker.insideInvocation()) {
            chain.doFilter(request, response);
            return;
        }
        LiftContext.Builder context = LiftContext.builder(requestId(), this.operations.resolveOperation(request))
            .coldStart(this.coldStart.next())
            .traceHeader(traceHeader(request));
        if (this.properties.getDeadline() != null) {
            context.deadlineIn(this.properties.getDeadline().toMillis());
        }
        // Nothing is sent before the chain has decided: a late rejection still replaces the answer.
        HttpServletResponse held = HeldResponse.hold(request, response, this.properties.getMaxHeldResponseSize());
        ServletCall call = new ServletCall(request, held, chain);
        LiftResponse answer;
        try {
            Object result = this.invoker.invoke(new ServletLiftRequest(request), context, call, TARGET);
            if (result instanceof HttpStatusResult) {
                HeldResponse.release(held);
                return;
            }
            answer = LiftResponse.replacing(result, call.invocation(), this.json);
        }
        catch (LiftRejectedException ex) {
            answer = LiftResponse.of(ex, call.invocation());
        }
        catch (IOException | ServletException | RuntimeException ex) {
            throw ex;
        }
        catch (Exception ex) {
            throw new ServletException(ex);
        }
        if (HeldResponse.isSent(held)) {
            // The answer went out before the chain decided, being larger than the held size: it stands.
            HeldResponse.release(held);
        }
        else if (request.isAsyncStarted()) {
            // The servlet's result is written on an async dispatch, after this: Lift's answer goes there.
            request.setAttribute(LATE_ANSWER, answer);
            HeldResponse.release(held);
        }
        else {
            write(held, answer);
        }
    }

    private static void answerAsyncDispatch(HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws ServletException, IOException {
        Object answer = request.getAttribute(LATE_ANSWER);
        if (answer == null) {
            chain.doFilter(request, response);
            return;
        }
        request.removeAttribute(LATE_ANSWER);
        if (response.isCommitted()) {
            // A stream (server-sent events, a streaming body) started before the chain decided: it stands.
            chain.doFilter(request, response);
            return;
        }
        write(response, (LiftResponse) answer);
    }

    private static boolean canStillAnswer(HttpServletRequest request, HttpServletResponse response) {
        return !request.isAsyncStarted() && !HeldResponse.isSent(response);
    }

    /**
     * Writes Lift's answer in place of whatever the servlet wrote: a rejection's problem or a value a
     * filter returned instead of the function's answer.
     * @param response the response, not committed
     * @param answer the answer
     * @throws IOException when the answer cannot be written
     */
    static void write(HttpServletResponse response, LiftResponse answer) throws IOException {
        response.reset();
        response.setStatus(answer.status());
        answer.headers().forEach(response::setHeader);
        if (answer.hasBody()) {
            response.setContentType(answer.contentType());
            response.setContentLength(answer.body().length);
            response.getOutputStream().write(answer.body());
        }
        HeldResponse.release(response);
    }

    private static String traceHeader(HttpServletRequest request) {
        String header = request.getHeader(TRACE_HEADER);
        return (header != null && TRACE_HEADER_FORMAT.matcher(header).matches()) ? header : null;
    }

    private static String requestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return Long.toHexString(random.nextLong() | Long.MIN_VALUE) + Long.toHexString(random.nextLong() | Long.MIN_VALUE);
    }

    /**
     * One HTTP request as the chain's target. The first attempt records the request body (up to a
     * limit); a retry replays it, but only while nothing has been sent: once the response is
     * committed or the request went async, the outcome stands and a retry returns it unchanged.
     * A replay continues straight to the servlet: filters after Lift's run on the first attempt only.
     */
    final class ServletCall implements EntryRequest {

        private final HttpServletRequest request;

        private final HttpServletResponse response;

        private final FilterChain chain;

        private ContentCachingRequestWrapper recorded;

        private Invocation invocation;

        ServletCall(HttpServletRequest request, HttpServletResponse response, FilterChain chain) {
            this.request = request;
            this.response = response;
            this.chain = chain;
        }

        @Override
        public void started(Invocation invocation) {
            this.invocation = invocation;
        }

        /** @return the invocation of this request, or {@code null} inside another entry point's */
        Invocation invocation() {
            return this.invocation;
        }

        HttpServletRequest request() {
            return this.request;
        }

        HttpStatusResult attempt(Invocation invocation) throws IOException, ServletException {
            if (this.recorded == null) {
                this.recorded = new ContentCachingRequestWrapper(this.request, maxReplayBodySize());
                addHeaders(invocation);
                this.chain.doFilter(this.recorded, this.response);
            }
            else if (canReplay()) {
                this.response.reset();
                addHeaders(invocation);
                this.chain.doFilter(new ReplayedRequest(this.recorded), this.response);
            }
            return new HttpStatusResult(this.response.getStatus());
        }

        // Before the servlet writes: the filters have decided by now, and a header set after the
        // answer went out would be lost.
        private void addHeaders(Invocation invocation) {
            invocation.responseHeaders().forEach(this.response::setHeader);
        }

        private int maxReplayBodySize() {
            return LiftServletFilter.this.properties.getMaxReplayBodySize();
        }

        private boolean canReplay() throws IOException {
            if (!canStillAnswer(this.request, this.response)) {
                return false;
            }
            // Read what the first attempt left unread, so that the replay sees the whole body.
            this.recorded.getInputStream().transferTo(OutputStream.nullOutputStream());
            return this.recorded.getContentAsByteArray().length < maxReplayBodySize();
        }

    }

    /**
     * Exposes the invocation's request to filters that need the servlet objects.
     * @param invocation an invocation started by this filter
     * @return the servlet request, or {@code null} when the invocation did not come over HTTP
     */
    public static HttpServletRequest servletRequest(Invocation invocation) {
        return (invocation.request() instanceof ServletCall call) ? call.request() : null;
    }

}
