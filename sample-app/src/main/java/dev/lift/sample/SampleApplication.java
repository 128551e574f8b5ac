package dev.lift.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * A Spring Cloud Function application protected by Lift. Locally its functions are served over HTTP
 * ({@code POST /uppercase}); on AWS Lambda, Lift's handler runs the one named by
 * {@code SPRING_CLOUD_FUNCTION_DEFINITION}.
 */
@SpringBootApplication
@EnableConfigurationProperties(DownstreamProperties.class)
public class SampleApplication {

    public static void main(String[] args) {
        SpringApplication.run(SampleApplication.class, args);
    }

}
