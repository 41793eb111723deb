package io.claimline.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthPropertiesTest {

    private static AuthProperties withTtl(Duration ttl) {
        return new AuthProperties("http://localhost:8080", ttl,
                new AuthProperties.ConsoleClient("claimline-console", List.of("http://127.0.0.1/cb")), null, null,
                "claimline-api", null);
    }

    @Test
    void acceptsShortLivedTokens() {
        assertThat(withTtl(Duration.ofMinutes(15)).accessTokenTtl()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void refusesTokensLivingLongerThanFifteenMinutes() {
        assertThatIllegalArgumentException().isThrownBy(() -> withTtl(Duration.ofMinutes(15).plusSeconds(1)))
                .withMessageContaining("at most 15 minutes");
    }

    @Test
    void refusesAZeroLifetime() {
        assertThatIllegalArgumentException().isThrownBy(() -> withTtl(Duration.ZERO));
    }

    @Test
    void refusesAClientWithoutClinic() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> new AuthProperties.ClientAccount("clinic-system", "secret", " ", List.of("clinic_system")))
                .withMessageContaining("clinic-id");
    }

    @Test
    void refusesAUserWithoutPassword() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> new AuthProperties.UserAccount("biller", "", "clinic-001", List.of("biller"), null));
    }

    @Test
    void letsAServiceClientHaveNoClinic() {
        AuthProperties.ClientAccount service =
                new AuthProperties.ClientAccount("claims-service", "secret", null, List.of("service"));

        assertThat(service.clinicId()).isNull();
        assertThat(service.isService()).isTrue();
        assertThat(new AuthProperties.ClientAccount("billing-service", "secret", " ", List.of("service")).clinicId())
                .as("a blank clinic is no clinic").isNull();
    }

    @Test
    void refusesAClientWithoutClinicUnlessItsRolesAreExactlyService() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> new AuthProperties.ClientAccount("x", "secret", null, List.of("service", "admin")))
                .withMessageContaining("clinic-id is required for client x");
        assertThatIllegalArgumentException().isThrownBy(
                () -> new AuthProperties.ClientAccount("x", "secret", null, List.of()))
                .withMessageContaining("clinic-id");
        assertThatIllegalArgumentException().isThrownBy(
                () -> new AuthProperties.ClientAccount("x", "secret", null, null))
                .withMessageContaining("clinic-id");
        assertThat(new AuthProperties.ClientAccount("clinic-system", "secret", "clinic-001",
                List.of("clinic_system")).isService()).isFalse();
    }

    @Test
    void refusesTheServiceRoleToAUser() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> new AuthProperties.UserAccount("mallory", "p", "clinic-001", List.of("service"), null))
                .withMessageContaining("service");
    }

    @Test
    void acceptsAValidNpi() {
        assertThat(new AuthProperties.UserAccount("provider", "p", "clinic-001", List.of("provider"), "1234567893")
                .npi()).isEqualTo("1234567893");
        assertThat(new AuthProperties.UserAccount("biller", "p", "clinic-001", List.of("biller"), null).npi())
                .isNull();
    }

    @Test
    void refusesAnNpiWithAWrongCheckDigitOrShape() {
        for (String npi : List.of("1234567890", "123456789", "12345678931", "123456789X", "1234-67893")) {
            assertThatIllegalArgumentException().as(npi).isThrownBy(
                    () -> new AuthProperties.UserAccount("provider", "p", "clinic-001", List.of("provider"), npi))
                    .withMessageContaining("npi of user provider is not a valid NPI")
                    .withMessageContaining("80840");
        }
    }
}
