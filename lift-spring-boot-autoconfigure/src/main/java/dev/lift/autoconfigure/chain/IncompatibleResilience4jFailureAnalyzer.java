package dev.lift.autoconfigure.chain;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a resilience4j downgrade and how to fix the build.
 */
class IncompatibleResilience4jFailureAnalyzer extends AbstractFailureAnalyzer<IncompatibleResilience4jException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, IncompatibleResilience4jException cause) {
        String description = "Lift needs resilience4j " + cause.required() + ", but the class path has resilience4j "
                + cause.found() + ".";
        String action = "Import io.github.resilience4j:resilience4j-bom (2.4.x) in <dependencyManagement> BEFORE "
                + "org.springframework.cloud:spring-cloud-dependencies: Spring Cloud pins resilience4j 2.2, and the "
                + "first imported BOM wins. See Lift's getting-started guide.";
        return new FailureAnalysis(description, action, cause);
    }

}
