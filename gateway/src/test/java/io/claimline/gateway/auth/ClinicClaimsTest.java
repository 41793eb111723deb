package io.claimline.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;

class ClinicClaimsTest {

    private final ClinicClaims claims = new ClinicClaims(Memberships.from(new AuthProperties(
            "http://localhost:8080", Duration.ofMinutes(10),
            new AuthProperties.ConsoleClient("claimline-console", List.of("http://127.0.0.1/cb")),
            List.of(new AuthProperties.ClientAccount("clinic-system", "s", "clinic-001", List.of("clinic_system")),
                    // Same name as a user on purpose: the grant type, not the name, decides which one is meant.
                    new AuthProperties.ClientAccount("biller", "s", "clinic-009", List.of("clinic_system"))),
            List.of(new AuthProperties.UserAccount("biller", "p", "clinic-002", List.of("biller"))))));

    private static RegisteredClient client(String clientId) {
        return RegisteredClient.withId(clientId).clientId(clientId)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS).build();
    }

    private static JwtEncodingContext context(String clientId, String principal, AuthorizationGrantType grant,
            OAuth2TokenType type) {
        return JwtEncodingContext.with(JwsHeader.with(SignatureAlgorithm.RS256), JwtClaimsSet.builder().subject(principal))
                .registeredClient(client(clientId))
                .principal(new TestingAuthenticationToken(principal, null))
                .authorizationGrantType(grant)
                .tokenType(type)
                .build();
    }

    private static Map<String, Object> claimsOf(JwtEncodingContext context) {
        return context.getClaims().build().getClaims();
    }

    @Test
    void givesAClinicSystemItsClinicAndRoles() {
        JwtEncodingContext context = context("clinic-system", "clinic-system",
                AuthorizationGrantType.CLIENT_CREDENTIALS, OAuth2TokenType.ACCESS_TOKEN);

        claims.customize(context);

        assertThat(claimsOf(context))
                .containsEntry("clinic_id", "clinic-001")
                .containsEntry("roles", List.of("clinic_system"));
    }

    @Test
    void givesAUserTheirOwnClinicNotThatOfAClientWithTheSameName() {
        JwtEncodingContext context = context("claimline-console", "biller",
                AuthorizationGrantType.AUTHORIZATION_CODE, OAuth2TokenType.ACCESS_TOKEN);

        claims.customize(context);

        assertThat(claimsOf(context))
                .containsEntry("clinic_id", "clinic-002")
                .containsEntry("roles", List.of("biller"));
    }

    @Test
    void refusesToIssueATokenForSomeoneWithoutClinic() {
        JwtEncodingContext context = context("claimline-console", "stranger",
                AuthorizationGrantType.AUTHORIZATION_CODE, OAuth2TokenType.ACCESS_TOKEN);

        assertThatThrownBy(() -> claims.customize(context)).isInstanceOf(OAuth2AuthenticationException.class);
    }

    @Test
    void leavesOtherTokensAlone() {
        JwtEncodingContext context = context("claimline-console", "biller",
                AuthorizationGrantType.AUTHORIZATION_CODE, OAuth2TokenType.REFRESH_TOKEN);

        claims.customize(context);

        assertThat(claimsOf(context)).doesNotContainKeys("clinic_id", "roles");
    }
}
