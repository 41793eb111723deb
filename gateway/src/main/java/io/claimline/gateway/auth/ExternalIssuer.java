package io.claimline.gateway.auth;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * Without the local server (the default outside the {@code local} profile) the gateway only validates tokens of an
 * external OIDC provider: signature, expiry, issuer, and an {@code aud} holding the API's audience
 * ({@code claimline.auth.audience}). Declared here rather than left to auto-configuration so that a missing issuer
 * fails the start ({@link SafeDefaults}) instead of rejecting every token.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "claimline.auth.local-server.enabled", havingValue = "false", matchIfMissing = true)
class ExternalIssuer {

    @Bean
    JwtDecoder jwtDecoder(@Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuerUri,
            @Value("${claimline.auth.audience:" + AuthProperties.DEFAULT_AUDIENCE + "}") String audience) {
        // Resolved on first use, so the gateway can start before the provider is reachable.
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = JwtDecoders.fromIssuerLocation(issuerUri);
            decoder.setJwtValidator(SigningKeys.validator(issuerUri, audience));
            return decoder;
        });
    }
}
