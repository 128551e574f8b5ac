package dev.lift.autoconfigure.chain;

/**
 * The class path holds a resilience4j version Lift does not support.
 */
public class IncompatibleResilience4jException extends RuntimeException {

    private final String found;

    private final String required;

    IncompatibleResilience4jException(String found, String required) {
        super("Lift needs resilience4j " + required + " but found " + found);
        this.found = found;
        this.required = required;
    }

    /** @return the version found on the class path */
    public String found() {
        return this.found;
    }

    /** @return the versions Lift supports */
    public String required() {
        return this.required;
    }

}
