package dev.lift.autoconfigure.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Names the operation of an HTTP request. Operations key per-operation instances and metric tags,
 * so an implementation must return a small, fixed set of names, never raw paths.
 */
@FunctionalInterface
public interface LiftHttpOperationResolver {

    /** The operation of requests that name no known function. */
    String DEFAULT_OPERATION = "http";

    /**
     * @param request the request
     * @return the operation name
     */
    String resolveOperation(HttpServletRequest request);

}
