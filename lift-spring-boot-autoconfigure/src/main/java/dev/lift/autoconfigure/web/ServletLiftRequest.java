package dev.lift.autoconfigure.web;

import com.fasterxml.jackson.databind.JsonNode;

import dev.lift.tenancy.LiftRequest;

import jakarta.servlet.http.HttpServletRequest;

/** An HTTP request as tenant resolvers see it. */
record ServletLiftRequest(HttpServletRequest request) implements LiftRequest {

    @Override
    public String header(String name) {
        return this.request.getHeader(name);
    }

    @Override
    public JsonNode event() {
        return null;
    }

    @Override
    public String lambdaTenantId() {
        return null;
    }

}
