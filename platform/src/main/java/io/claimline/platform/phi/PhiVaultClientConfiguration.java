package io.claimline.platform.phi;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.web.client.RestClient;

/**
 * The vault client, for services that set {@code claimline.phi.vault.client-id} (their own client identity at
 * the authorization server). patient-service is the vault and sets none.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("claimline.phi.vault.client-id")
public class PhiVaultClientConfiguration {

    @Bean
    @ConditionalOnMissingBean(PhiVault.class)
    PhiVault phiVault(@Value("${claimline.phi.vault.url}") String vaultUrl,
            @Value("${claimline.phi.vault.client-id}") String clientId,
            @Value("${claimline.phi.vault.client-secret}") String clientSecret,
            @Value("${claimline.auth.issuer}") String issuer) {
        ClientRegistration registration = ClientRegistration.withRegistrationId(HttpPhiVault.REGISTRATION_ID)
                .clientId(clientId)
                .clientSecret(clientSecret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenUri(issuer + "/oauth2/token")
                .build();
        var registrations = new InMemoryClientRegistrationRepository(registration);
        var tokens = new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations,
                new InMemoryOAuth2AuthorizedClientService(registrations));
        tokens.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().clientCredentials().build());
        RestClient http = RestClient.builder()
                .baseUrl(vaultUrl)
                .requestFactory(ClientHttpRequestFactoryBuilder.detect().build(ClientHttpRequestFactorySettings.defaults()
                        .withConnectTimeout(java.time.Duration.ofSeconds(2))
                        .withReadTimeout(java.time.Duration.ofSeconds(10))))
                .build();
        return new HttpPhiVault(http, tokens, clientId);
    }
}
