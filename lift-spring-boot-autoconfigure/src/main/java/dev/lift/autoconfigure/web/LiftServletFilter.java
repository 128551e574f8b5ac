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
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.lift.chain.Invocation;
import dev.lift.chain.LiftInvoker;
import dev.lift.chain.LiftTarget;
import dev.lift.context.LiftContext;
import dev.lift.error.LiftProblem;
import dev.lift.error.LiftRejectedException;
import dev.lift.lambda.ColdStart;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;

/**
 * Lift's HTTP entry point: runs every request (to a function or a controller) through the chain, and
 * turns a {@link LiftRejectedException} into a problem response with {@code Retry-After}.
 */
public class LiftServletFilter extends OncePerRequestFilter {

    /** Incoming X-Ray trace header; used only when well-formed. */
    static final String TRACE_HEADER = "X-Amzn-Trace-Id";

    private static final Pattern TRACE_HEADER_FORMAT = Pattern.compile("[A-Za-z0-9=;:._-]{1,256}");

    private static final LiftTarget TARGET = (invocation) -> ((ServletCall) invocation.request()).attempt();

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
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
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
        try {
            Object result = this.invoker.invoke(new ServletLiftRequest(request), context,
                    new ServletCall(request, response, chain, this.properties.getMaxReplayBodySize()), TARGET);
            if (!(result instanceof HttpStatusResult) && canStillAnswer(request, response)) {
                writeReplacement(response, result);
            }
        }
        catch (LiftRejectedException ex) {
            if (canStillAnswer(request, response)) {
                writeProblem(response, ex);
            }
            // Otherwise the request already went async (spring-cloud-function-web writes results on an
            // async dispatch): the function has answered, and that answer stands.
        }
        catch (IOException | ServletException | RuntimeException ex) {
            throw ex;
        }
        catch (Exception ex) {
            throw new ServletException(ex);
        }
    }

    private static boolean canStillAnswer(HttpServletRequest request, HttpServletResponse response) {
        return !request.isAsyncStarted() && !response.isCommitted();
    }

    static void writeProblem(HttpServletResponse response, LiftRejectedException rejection) throws IOException {
        response.reset();
        response.setStatus(rejection.status());
        String retryAfter = LiftProblem.retryAfterHeader(rejection);
        if (retryAfter != null) {
            response.setHeader("Retry-After", retryAfter);
        }
        rejection.headers().forEach(response::setHeader);
        response.setContentType(LiftProblem.CONTENT_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(LiftProblem.body(rejection));
        response.flushBuffer();
    }

    /**
     * Writes what a filter returned in place of the function's answer, such as a circuit breaker's
     * fallback: text as text, bytes as bytes, anything else as JSON.
     */
    private void writeReplacement(HttpServletResponse response, Object result) throws IOException {
        response.reset();
        response.setStatus((result != null) ? HttpServletResponse.SC_OK : HttpServletResponse.SC_NO_CONTENT);
        if (result instanceof byte[] bytes) {
            response.setContentType("application/octet-stream");
            response.getOutputStream().write(bytes);
        }
        else if (result instanceof CharSequence text) {
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write(text.toString().getBytes(StandardCharsets.UTF_8));
        }
        else if (result != null) {
            response.setContentType("application/json");
            this.json.writeValue(response.getOutputStream(), result);
        }
        response.flushBuffer();
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
    static final class ServletCall {

        private final HttpServletRequest request;

        private final HttpServletResponse response;

        private final FilterChain chain;

        private final int maxReplayBodySize;

        private ContentCachingRequestWrapper recorded;

        ServletCall(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                int maxReplayBodySize) {
            this.request = request;
            this.response = response;
            this.chain = chain;
            this.maxReplayBodySize = maxReplayBodySize;
        }

        HttpServletRequest request() {
            return this.request;
        }

        HttpStatusResult attempt() throws IOException, ServletException {
            if (this.recorded == null) {
                this.recorded = new ContentCachingRequestWrapper(this.request, this.maxReplayBodySize);
                this.chain.doFilter(this.recorded, this.response);
            }
            else if (canReplay()) {
                this.response.reset();
                this.chain.doFilter(new ReplayedRequest(this.recorded), this.response);
            }
            return new HttpStatusResult(this.response.getStatus());
        }

        private boolean canReplay() throws IOException {
            if (!canStillAnswer(this.request, this.response)) {
                return false;
            }
            // Read what the first attempt left unread, so that the replay sees the whole body.
            this.recorded.getInputStream().transferTo(OutputStream.nullOutputStream());
            return this.recorded.getContentAsByteArray().length < this.maxReplayBodySize;
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
