package io.claimline.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

class SeededAccountsTest {

    private static final String PRE_ENCODED = "{noop}kept-as-given";

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final AuthProperties properties = new AuthProperties("http://localhost:8080", Duration.ofMinutes(10),
            new AuthProperties.ConsoleClient("claimline-console", List.of("http://127.0.0.1:8080/cb")),
            List.of(new AuthProperties.ClientAccount("clinic-system", "clinic-system-secret", "clinic-001",
                    List.of("clinic_system"))),
            List.of(new AuthProperties.UserAccount("biller", "password", "clinic-001", List.of("biller")),
                    new AuthProperties.UserAccount("admin", PRE_ENCODED, "clinic-001", List.of("admin"))));

    @Test
    void storesPlainPasswordsAsBcrypt() {
        UserDetails biller = SeededAccounts.users(properties, encoder).loadUserByUsername("biller");

        assertThat(biller.getPassword()).startsWith("{bcrypt}");
        assertThat(encoder.matches("password", biller.getPassword())).isTrue();
        assertThat(biller.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_biller");
    }

    @Test
    void keepsPasswordsThatAreAlreadyEncoded() {
        assertThat(SeededAccounts.users(properties, encoder).loadUserByUsername("admin").getPassword())
                .isEqualTo(PRE_ENCODED);
    }

    @Test
    void registersClinicSystemsForClientCredentialsWithAnEncodedSecret() {
        RegisteredClient client = SeededAccounts.clients(properties, encoder).findByClientId("clinic-system");

        assertThat(client.getAuthorizationGrantTypes()).containsExactly(AuthorizationGrantType.CLIENT_CREDENTIALS);
        assertThat(client.getClientSecret()).startsWith("{bcrypt}");
        assertThat(encoder.matches("clinic-system-secret", client.getClientSecret())).isTrue();
        assertThat(client.getTokenSettings().getAccessTokenTimeToLive()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void registersTheConsoleAsAPublicClientThatMustUsePkce() {
        RegisteredClientRepository clients = SeededAccounts.clients(properties, encoder);
        RegisteredClient console = clients.findByClientId("claimline-console");

        assertThat(console.getClientAuthenticationMethods()).containsExactly(ClientAuthenticationMethod.NONE);
        assertThat(console.getClientSecret()).isNull();
        assertThat(console.getClientSettings().isRequireProofKey()).isTrue();
        assertThat(console.getRedirectUris()).containsExactly("http://127.0.0.1:8080/cb");
    }
}
