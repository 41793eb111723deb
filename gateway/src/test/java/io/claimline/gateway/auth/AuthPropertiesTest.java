package io.claimline.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthPropertiesTest {

    private static AuthProperties withTtl(Duration ttl) {
        return new AuthProperties("http://localhost:8080", ttl,
                new AuthProperties.ConsoleClient("claimline-console", List.of("http://127.0.0.1/cb")), null, null);
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
                () -> new AuthProperties.UserAccount("biller", "", "clinic-001", List.of("biller")));
    }
}
