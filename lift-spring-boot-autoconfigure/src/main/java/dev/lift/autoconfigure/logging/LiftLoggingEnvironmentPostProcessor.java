package dev.lift.autoconfigure.logging;

import java.util.LinkedHashMap;
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
 *
 * <p>Also quiets Spring Cloud Function's AWS adapter, which logs every received event (headers and
 * body, tenant ids and tokens included) at INFO; its WARN lines and above still show.
 */
public class LiftLoggingEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    /** The name of the property source holding Lift's logging defaults. */
    public static final String PROPERTY_SOURCE_NAME = "liftLoggingDefaults";

    static final String FORMAT_PROPERTY = "logging.structured.format.console";

    static final String EVENT_LOGGER_LEVEL = "logging.level.org.springframework.cloud.function.adapter.aws.AWSLambdaUtils";

    private static final String LOGBACK = "ch.qos.logback.classic.LoggerContext";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty("lift.enabled", Boolean.class, true)) {
            return;
        }
        Map<String, Object> defaults = new LinkedHashMap<>();
        boolean onLambda = LambdaEnvironment.isLambda(environment::getProperty);
        boolean structured = environment.getProperty("lift.logging.structured", Boolean.class, onLambda);
        if (structured && ClassUtils.isPresent(LOGBACK, getClass().getClassLoader())) {
            defaults.put(FORMAT_PROPERTY, LiftStructuredLogFormatter.class.getName());
        }
        if (onLambda) {
            defaults.put(EVENT_LOGGER_LEVEL, "WARN");
        }
        if (!defaults.isEmpty()) {
            environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE_NAME, defaults));
        }
    }

    @Override
    public int getOrder() {
        // After the config data (application.yml) is loaded, so lift.logging.structured there counts.
        return Ordered.LOWEST_PRECEDENCE;
    }

}
