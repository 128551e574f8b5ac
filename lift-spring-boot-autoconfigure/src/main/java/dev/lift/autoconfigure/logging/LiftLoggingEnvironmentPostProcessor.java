package dev.lift.autoconfigure.logging;

import java.util.Map;

import dev.lift.lambda.LambdaEnvironment;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

/**
 * Makes Lift's JSON format the default console log format on Lambda (or wherever
 * {@code lift.logging.structured=true}). Logging is initialised before any auto-configuration
 * runs, so the default has to be set here, on the environment. It is added as the property source of
 * lowest precedence: a {@code logging.structured.format.console} of the application's own always
 * wins, and {@code lift.logging.structured=false} keeps plain text on Lambda.
 */
public class LiftLoggingEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    /** The name of the property source holding Lift's logging defaults. */
    public static final String PROPERTY_SOURCE_NAME = "liftLoggingDefaults";

    static final String FORMAT_PROPERTY = "logging.structured.format.console";

    private static final String LOGBACK = "ch.qos.logback.classic.LoggerContext";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty("lift.enabled", Boolean.class, true)) {
            return;
        }
        boolean onLambda = LambdaEnvironment.isLambda(environment::getProperty);
        boolean structured = environment.getProperty("lift.logging.structured", Boolean.class, onLambda);
        if (structured && ClassUtils.isPresent(LOGBACK, getClass().getClassLoader())) {
            environment.getPropertySources()
                .addLast(new MapPropertySource(PROPERTY_SOURCE_NAME,
                        Map.of(FORMAT_PROPERTY, LiftStructuredLogFormatter.class.getName())));
        }
    }

    @Override
    public int getOrder() {
        // After the config data (application.yml) is loaded, so lift.logging.structured there counts.
        return Ordered.LOWEST_PRECEDENCE;
    }

}
