package dev.lift.autoconfigure.web;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

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

/**
 * Lift's HTTP entry point: runs every request (to a function or a controller) through the chain, and
 * turns a {@link LiftRejectedException} into a problem response with {@code Retry-After}.
 */
public class LiftServletFilter extends OncePerRequestFilter {

    /** Incoming X-Ray trace header; used only when well-formed. */
    static final String TRACE_HEADER = "X-Amzn-Trace-Id";

    private static final Pattern TRACE_HEADER_FORMAT = Pattern.compile("[A-Za-z0-9=;:._-]{1,256}");

    private static final LiftTarget TARGET = (invocation) -> {
        ServletCall call = (ServletCall) invocation.request();
        call.chain().doFilter(call.request(), call.response());
        return new HttpStatusResult(call.response().getStatus());
    };

    private final LiftInvoker invoker;

    private final LiftHttpOperationResolver operations;

    private final ColdStart coldStart;

    private final LiftWebProperties properties;

    /**
     * @param invoker runs calls through the chain
     * @param operations names the operation of a request
     * @param coldStart tells the first request of this process
     * @param properties the HTTP settings
     */
    public LiftServletFilter(LiftInvoker invoker, LiftHttpOperationResolver operations, ColdStart coldStart,
            LiftWebProperties properties) {
        this.invoker = invoker;
        this.operations = operations;
        this.coldStart = coldStart;
        this.properties = properties;
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
            this.invoker.invoke(new ServletLiftRequest(request), context, new ServletCall(request, response, chain),
                    TARGET);
        }
        catch (LiftRejectedException ex) {
            writeProblem(response, ex);
        }
        catch (IOException | ServletException | RuntimeException ex) {
            throw ex;
        }
        catch (Exception ex) {
            throw new ServletException(ex);
        }
    }

    static void writeProblem(HttpServletResponse response, LiftRejectedException rejection) throws IOException {
        if (response.isCommitted()) {
            throw rejection;
        }
        response.resetBuffer();
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

    private static String traceHeader(HttpServletRequest request) {
        String header = request.getHeader(TRACE_HEADER);
        return (header != null && TRACE_HEADER_FORMAT.matcher(header).matches()) ? header : null;
    }

    private static String requestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return Long.toHexString(random.nextLong() | Long.MIN_VALUE) + Long.toHexString(random.nextLong() | Long.MIN_VALUE);
    }

    /** What the target needs to continue the servlet filter chain. */
    record ServletCall(HttpServletRequest request, HttpServletResponse response, FilterChain chain) {
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
