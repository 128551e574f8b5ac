package dev.lift.benchmarks.bare;

import java.util.Locale;
import java.util.function.Function;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The Lambda benchmark's baseline: the sample's {@code uppercase} function alone, on Spring Cloud
 * Function's AWS adapter, with Spring Boot's defaults.
 */
@SpringBootApplication(proxyBeanMethods = false)
public class BareFunctionApplication {

    /** Upper-cases its input, as the sample's function does. */
    @Bean
    Function<String, String> uppercase() {
        return (input) -> input.toUpperCase(Locale.ROOT);
    }

    /**
     * Starts the application.
     * @param args the arguments
     */
    public static void main(String[] args) {
        SpringApplication.run(BareFunctionApplication.class, args);
    }

}
