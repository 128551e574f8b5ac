/*
 * Copyright 2026-present the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

package dev.lift.autoconfigure.tenancy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import dev.lift.autoconfigure.PropertyConstraints;
import dev.lift.autoconfigure.tenancy.LiftTenancyProperties.TenantSource;
import dev.lift.error.LiftConfigurationException;
import dev.lift.tenancy.AuthorizerClaimTenantResolver;
import dev.lift.tenancy.CompositeTenantResolver;
import dev.lift.tenancy.EventFieldTenantResolver;
import dev.lift.tenancy.HeaderTenantResolver;
import dev.lift.tenancy.LambdaTenantResolver;
import dev.lift.tenancy.LiftTenantResolver;
import dev.lift.tenancy.TenantPolicy;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Tenant resolution: the configured {@link LiftTenantResolver}s in order, and the
 * {@link TenantPolicy} that validates what they find.
 */
@AutoConfiguration
@ConditionalOnBooleanProperty(name = "lift.enabled", matchIfMissing = true)
@EnableConfigurationProperties(LiftTenancyProperties.class)
public class LiftTenancyAutoConfiguration {

    private static final String PREFIX = "lift.tenancy.";

    @Bean
    @ConditionalOnMissingBean
    LiftTenantResolver liftTenantResolver(LiftTenancyProperties properties) {
        List<LiftTenantResolver> resolvers = new ArrayList<>();
        for (TenantSource source : properties.getSources()) {
            resolvers.add(switch (source) {
                case LAMBDA -> new LambdaTenantResolver();
                case AUTHORIZER_CLAIM -> new AuthorizerClaimTenantResolver(
                        PropertyConstraints.text(PREFIX + "claim-name", properties.getClaimName(), "a claim name"));
                case EVENT_FIELD -> new EventFieldTenantResolver(PropertyConstraints.jsonPointer(PREFIX + "event-field",
                        properties.getEventField(), "/detail/tenantId", " when lift.tenancy.sources includes event-field"));
                case HEADER -> new HeaderTenantResolver(PropertyConstraints.headerName(PREFIX + "header-name",
                        properties.getHeaderName(), "when lift.tenancy.sources includes header"));
            });
        }
        return new CompositeTenantResolver(resolvers);
    }

    @Bean
    @ConditionalOnMissingBean
    TenantPolicy liftTenantPolicy(LiftTenantResolver liftTenantResolver, LiftTenancyProperties properties) {
        Pattern allowed = allowedPattern(properties.getAllowedPattern());
        String defaultTenant = properties.getDefaultTenant();
        PropertyConstraints.require(defaultTenant == null || allowed.matcher(defaultTenant).matches(),
                PREFIX + "default-tenant", defaultTenant,
                "a tenant id matching lift.tenancy.allowed-pattern (" + allowed.pattern() + ")");
        TenancyBounds.of(properties);
        return new TenantPolicy(liftTenantResolver, allowed, properties.isRequired(), defaultTenant);
    }

    private static Pattern allowedPattern(String pattern) {
        PropertyConstraints.text(PREFIX + "allowed-pattern", pattern, "a Java regular expression");
        try {
            return Pattern.compile(pattern);
        }
        catch (PatternSyntaxException ex) {
            throw new LiftConfigurationException(PREFIX + "allowed-pattern", pattern,
                    "a Java regular expression (" + ex.getDescription() + ")");
        }
    }

}
