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
                    new AuthProperties.ClientAccount("biller", "s", "clinic-009", List.of("clinic_system")),
                    new AuthProperties.ClientAccount("claims-service", "s", null, List.of("service")),
                    // A service client named like a user: a user never inherits its lack of clinic.
                    new AuthProperties.ClientAccount("provider-2", "s", null, List.of("service"))),
            List.of(new AuthProperties.UserAccount("biller", "p", "clinic-002", List.of("biller"), null),
                    new AuthProperties.UserAccount("provider", "p", "clinic-001", List.of("provider"), "1234567893"),
                    new AuthProperties.UserAccount("provider-2", "p", "clinic-002", List.of("provider"),
                            "1987654328")),
            "claimline-api", null)), "claimline-api");

    /** Memberships that configuration cannot express: callers without clinic that are no service client. */
    private final ClinicClaims withoutClinic = new ClinicClaims(new Memberships(
            Map.of("clinic-system", new Membership(null, List.of("clinic_system"), null)),
            Map.of("service-user", new Membership(null, List.of("service"), null))), "claimline-api");

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
    void meantForTheApiNotForTheClient() {
        JwtEncodingContext client = context("clinic-system", "clinic-system",
                AuthorizationGrantType.CLIENT_CREDENTIALS, OAuth2TokenType.ACCESS_TOKEN);
        JwtEncodingContext user = context("claimline-console", "biller",
                AuthorizationGrantType.AUTHORIZATION_CODE, OAuth2TokenType.ACCESS_TOKEN);

        claims.customize(client);
        claims.customize(user);

        assertThat(client.getClaims().build().getAudience()).containsExactly("claimline-api");
        assertThat(user.getClaims().build().getAudience()).containsExactly("claimline-api");
    }

    @Test
    void leavesTheIdTokensAudienceAlone() {
        JwtEncodingContext idToken = JwtEncodingContext.with(JwsHeader.with(SignatureAlgorithm.RS256),
                        JwtClaimsSet.builder().subject("biller").audience(List.of("claimline-console")))
                .registeredClient(client("claimline-console"))
                .principal(new TestingAuthenticationToken("biller", null))
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .tokenType(new OAuth2TokenType("id_token"))
                .build();

        claims.customize(idToken);

        assertThat(idToken.getClaims().build().getAudience()).containsExactly("claimline-console");
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
    void givesAProviderTheirNpi() {
        JwtEncodingContext context = context("claimline-console", "provider",
                AuthorizationGrantType.AUTHORIZATION_CODE, OAuth2TokenType.ACCESS_TOKEN);

        claims.customize(context);

        assertThat(claimsOf(context))
                .containsEntry("clinic_id", "clinic-001")
                .containsEntry("roles", List.of("provider"))
                .containsEntry("npi", "1234567893");
    }

    @Test
    void givesNoNpiToSomeoneWithout() {
        JwtEncodingContext context = context("claimline-console", "biller",
                AuthorizationGrantType.AUTHORIZATION_CODE, OAuth2TokenType.ACCESS_TOKEN);

        claims.customize(context);

        assertThat(claimsOf(context)).doesNotContainKey("npi");
    }

    @Test
    void givesAServiceClientTheServiceRoleAndNoClinic() {
        JwtEncodingContext context = context("claims-service", "claims-service",
                AuthorizationGrantType.CLIENT_CREDENTIALS, OAuth2TokenType.ACCESS_TOKEN);

        claims.customize(context);

        assertThat(claimsOf(context))
                .containsEntry("roles", List.of("service"))
                .doesNotContainKeys("clinic_id", "npi");
    }

    @Test
    void givesAUserTheirClinicEvenWhenAServiceClientHasTheSameName() {
        JwtEncodingContext context = context("claimline-console", "provider-2",
                AuthorizationGrantType.AUTHORIZATION_CODE, OAuth2TokenType.ACCESS_TOKEN);

        claims.customize(context);

        assertThat(claimsOf(context))
                .containsEntry("clinic_id", "clinic-002")
                .containsEntry("roles", List.of("provider"))
                .containsEntry("npi", "1987654328");
    }

    @Test
    void refusesToIssueATokenToANonServiceClientWithoutClinic() {
        JwtEncodingContext context = context("clinic-system", "clinic-system",
                AuthorizationGrantType.CLIENT_CREDENTIALS, OAuth2TokenType.ACCESS_TOKEN);

        assertThatThrownBy(() -> withoutClinic.customize(context)).isInstanceOf(OAuth2AuthenticationException.class);
    }

    @Test
    void refusesToIssueAUserATokenWithoutClinicEvenWithTheServiceRole() {
        JwtEncodingContext context = context("claimline-console", "service-user",
                AuthorizationGrantType.AUTHORIZATION_CODE, OAuth2TokenType.ACCESS_TOKEN);

        assertThatThrownBy(() -> withoutClinic.customize(context)).isInstanceOf(OAuth2AuthenticationException.class);
    }

    @Test
    void refusesToIssueATokenToAnUnknownClient() {
        JwtEncodingContext context = context("stranger", "stranger",
                AuthorizationGrantType.CLIENT_CREDENTIALS, OAuth2TokenType.ACCESS_TOKEN);

        assertThatThrownBy(() -> claims.customize(context)).isInstanceOf(OAuth2AuthenticationException.class);
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
