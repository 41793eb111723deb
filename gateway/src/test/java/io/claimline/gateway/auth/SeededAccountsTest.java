package io.claimline.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
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
                    List.of("clinic_system")),
                    new AuthProperties.ClientAccount("claims-service", "claims-service-secret", null,
                            List.of("service"))),
            List.of(new AuthProperties.UserAccount("biller", "password", "clinic-001", List.of("biller"), null),
                    new AuthProperties.UserAccount("admin", PRE_ENCODED, "clinic-001", List.of("admin"), null),
                    new AuthProperties.UserAccount("provider-2", "password", "clinic-002", List.of("provider"),
                            "1987654328")),
            "claimline-api", null);

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
    void registersServiceClientsForClientCredentialsOnly() {
        RegisteredClient service = SeededAccounts.clients(properties, encoder).findByClientId("claims-service");

        assertThat(service.getAuthorizationGrantTypes()).containsExactly(AuthorizationGrantType.CLIENT_CREDENTIALS);
        assertThat(encoder.matches("claims-service-secret", service.getClientSecret())).isTrue();
    }

    @Test
    void registersUsersOfTheSecondClinicToo() {
        UserDetails provider = SeededAccounts.users(properties, encoder).loadUserByUsername("provider-2");

        assertThat(encoder.matches("password", provider.getPassword())).isTrue();
        assertThat(provider.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_provider");
        assertThat(Memberships.from(properties).ofUser("provider-2"))
                .contains(new Membership("clinic-002", List.of("provider"), "1987654328"));
        assertThat(Memberships.from(properties).ofClient("claims-service"))
                .contains(new Membership(null, List.of("service"), null));
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

    @Test
    void theShippedConfigurationSeedsEveryRoleInBothClinicsAndTheServices() throws Exception {
        AuthProperties shipped = shipped();
        List<String> roles = List.of("front_desk", "provider", "biller", "collections", "manager", "auditor", "admin");

        for (String clinic : List.of("clinic-001", "clinic-002")) {
            assertThat(shipped.users()).filteredOn(user -> user.clinicId().equals(clinic))
                    .flatExtracting(AuthProperties.UserAccount::roles)
                    .as(clinic).containsExactlyInAnyOrderElementsOf(roles);
        }
        assertThat(shipped.users()).extracting(AuthProperties.UserAccount::username).contains(
                "frontdesk", "provider", "biller", "collector", "manager", "auditor", "admin",
                "frontdesk-2", "provider-2", "biller-2", "collector-2", "manager-2", "auditor-2", "admin-2");
        assertThat(shipped.users()).filteredOn(user -> user.username().endsWith("-2"))
                .allSatisfy(user -> assertThat(user.clinicId()).isEqualTo("clinic-002"));
        assertThat(shipped.users()).filteredOn(user -> user.roles().contains("provider"))
                .extracting(AuthProperties.UserAccount::username, AuthProperties.UserAccount::npi)
                .containsExactly(tuple("provider", "1234567893"), tuple("provider-2", "1987654328"));
        assertThat(shipped.users()).filteredOn(user -> !user.roles().contains("provider"))
                .allSatisfy(user -> assertThat(user.npi()).isNull());

        assertThat(shipped.clients()).extracting(AuthProperties.ClientAccount::clientId,
                        AuthProperties.ClientAccount::clinicId, AuthProperties.ClientAccount::roles)
                .containsExactly(
                        tuple("clinic-system", "clinic-001", List.of("clinic_system")),
                        tuple("clinic-system-2", "clinic-002", List.of("clinic_system")),
                        tuple("claims-service", null, List.of("service")),
                        tuple("billing-service", null, List.of("service")),
                        tuple("collections-service", null, List.of("service")));
        assertThat(shipped.clients()).allSatisfy(
                client -> assertThat(client.secret()).isEqualTo(client.clientId() + "-secret"));
    }

    @Test
    void theSharedConfigurationHoldsNoAccountAndNoLocalServer() throws Exception {
        AuthProperties shared = bound("application.yml");

        assertThat(shared.clients()).isEmpty();
        assertThat(shared.users()).isEmpty();
        assertThat(shared.audience()).isEqualTo("claimline-api");
        assertThat(shared.signingKeyFile()).isNull();
        assertThat(new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
                .get(0).getProperty("claimline.auth.local-server.enabled")).isEqualTo(false);
    }

    /** claimline.auth as the local profile gives it, bound the way the application binds it. */
    private static AuthProperties shipped() throws Exception {
        return bound("application-local.yml");
    }

    private static AuthProperties bound(String file) throws Exception {
        List<PropertySource<?>> sources = new YamlPropertySourceLoader()
                .load(file, new ClassPathResource(file));
        return new Binder(ConfigurationPropertySources.from(sources))
                .bind("claimline.auth", AuthProperties.class).get();
    }
}
