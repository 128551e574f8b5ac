package dev.lift.autoconfigure.line;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The beans whose types differ between Spring Boot 3 and 4: Lift's health contributors, the readiness
 * group membership and the tracer's X-Ray id generator, as the running line names them
 * ({@link SpringBootLineBeans}).
 */
@AutoConfiguration
@ConditionalOnBooleanProperty(name = "lift.enabled", matchIfMissing = true)
public class LiftSpringBootLineAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    static SpringBootLineBeans liftSpringBootLineBeans() {
        return new SpringBootLineBeans();
    }

}
