package dev.lift.benchmarks;

import java.util.ArrayList;
import java.util.List;

import dev.lift.chain.ContextFilter;
import dev.lift.chain.LiftChain;
import dev.lift.chain.LiftFilter;

/**
 * Lift's filters built from lift-core classes the way auto-configuration builds them with default
 * settings, except where a benchmark needs otherwise (limits high enough that the warm path never
 * rejects). No Spring context: the benchmarks measure the chain, not bean lookup.
 */
final class LiftFilters {

    /** Every filter, outermost first: the full chain. */
    static final String ALL = "context";

    private LiftFilters() {
    }

    /**
     * A chain of the named filters.
     * @param names filter names separated by commas, e.g. {@code context,circuit-breaker}
     * @return the chain
     */
    static LiftChain chain(String names) {
        List<LiftFilter> filters = new ArrayList<>();
        for (String name : names.split(",")) {
            filters.add(named(name.trim()));
        }
        return new LiftChain(filters);
    }

    private static LiftFilter named(String name) {
        return switch (name) {
            case "context" -> new ContextFilter();
            default -> throw new IllegalArgumentException("No filter named '" + name + "'");
        };
    }

}
