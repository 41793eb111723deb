package io.claimline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import io.claimline.localstack.TokenClient;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Services trust no caller because it came "from inside": each validates the bearer token itself. Requests here
 * go straight to patient-service, past the gateway.
 */
class ServiceTokenValidationIT {

    private static final String PATIENT = """
            {"givenName": "Grace", "familyName": "Hopper", "dateOfBirth": "1976-12-09"}""";

    private static ClaimlineStack stack;
    private static GatewayClient direct;

    @BeforeAll
    static void signIn() {
        stack = ClaimlineStack.get();
        direct = GatewayClient.clinicSystem(stack.gatewayUrl(), "clinic-system", "clinic-system-secret")
                .at(stack.serviceUrl("patient-service"));
    }

    @Test
    void aServiceAcceptsATokenOfTheAuthorizationServer() {
        assertThat(direct.postJson("/api/patients", PATIENT).status()).isEqualTo(201);
    }

    @Test
    void aServiceRefusesATokenSignedByAnotherKey() throws JOSEException {
        String forged = sign(new RSAKeyGenerator(2048).keyID("not-ours").generate(), new JWTClaimsSet.Builder()
                .issuer(stack.gatewayUrl()).subject("intruder").claim("clinic_id", "clinic-001")
                .claim("roles", List.of("admin")).expirationTime(Date.from(Instant.now().plusSeconds(300))).build());

        assertUnauthorized(direct.withToken(forged).postJson("/api/patients", PATIENT));
    }

    @Test
    void aServiceRefusesATokenWhoseClaimsWereAltered() {
        String[] parts = direct.token().split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("clinic-001", "clinic-002");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertUnauthorized(direct.withToken(tampered).get("/api/patients/" + java.util.UUID.randomUUID()));
    }

    @Test
    void aServiceRefusesAnIdTokenWhichIsNotMeantForTheApi() {
        TokenClient.Tokens tokens = TokenClient.userTokens(stack.gatewayUrl(), "frontdesk", "password");
        GatewayClient service = direct.withToken(tokens.accessToken());
        assertThat(service.postJson("/api/patients", PATIENT).status()).as("the access token").isEqualTo(201);

        assertUnauthorized(direct.withToken(tokens.idToken()).postJson("/api/patients", PATIENT));
    }

    @Test
    void aServiceRefusesARequestWithoutAToken() {
        assertUnauthorized(direct.withToken(null).postJson("/api/patients", PATIENT));
    }

    private static void assertUnauthorized(GatewayClient.Response response) {
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asText()).isEqualTo("unauthorized");
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
