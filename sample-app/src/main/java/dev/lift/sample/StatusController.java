package dev.lift.sample;

import java.util.Map;

import dev.lift.context.LiftContext;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A plain Spring MVC endpoint: Lift's servlet filter protects it like the functions.
 */
@RestController
class StatusController {

    @GetMapping("/api/status")
    Map<String, Object> status() {
        LiftContext context = LiftContext.current().orElseThrow();
        return Map.of("tenant", context.tenantId(), "operation", context.operation(), "status", "ok");
    }

}
