package dev.lift.autoconfigure;

import dev.lift.error.LiftConfigurationException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a bad {@code lift.*} value at start-up: the property, the value and what is accepted.
 */
class LiftConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<LiftConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, LiftConfigurationException cause) {
        String description = "Invalid Lift configuration:\n\n    Property: " + cause.property() + "\n    Value: '"
                + cause.value() + "'\n    Accepted: " + cause.accepted();
        String action = "Update '" + cause.property() + "' in your application's configuration to "
                + cause.accepted() + ".";
        return new FailureAnalysis(description, action, cause);
    }

}
