package io.claimline.gateway.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.claimline.web.ProblemSecurityHandlers;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * The authorization server of the local stack: on only when {@code claimline.auth.local-server.enabled=true}, which
 * the {@code local} profile sets (outside it, {@link SafeDefaults} refuses development secrets and a missing key
 * file); in production any OIDC provider takes its place. Its endpoints and its login form get their own filter
 * chains, ordered before the API's.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "claimline.auth.local-server.enabled", havingValue = "true")
@EnableConfigurationProperties(AuthProperties.class)
class LocalAuthorizationServer {

    static final int ENDPOINTS_ORDER = 1;
    static final int LOGIN_ORDER = 2;

    @Bean
    PasswordEncoder passwordEncoder() {
        // {bcrypt} for new secrets, and still able to read any other {id} given in configuration.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(AuthProperties properties) {
        // Without a key file (local profile only, see SafeDefaults) tokens do not survive a restart.
        return properties.signingKeyFile() != null
                ? SigningKeys.fromFile(properties.signingKeyFile())
                : SigningKeys.generated();
    }

    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource, AuthProperties properties) {
        return SigningKeys.decoder(jwkSource, properties.issuer(), properties.audience());
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(AuthProperties properties) {
        // A fixed issuer, not one derived from each request's Host, so tokens and discovery always agree.
        return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(AuthProperties properties, PasswordEncoder encoder) {
        return SeededAccounts.clients(properties, encoder);
    }

    @Bean
    UserDetailsService userDetailsService(AuthProperties properties, PasswordEncoder encoder) {
        return SeededAccounts.users(properties, encoder);
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> clinicClaims(AuthProperties properties) {
        return new ClinicClaims(Memberships.from(properties), properties.audience());
    }

    @Bean
    @Order(ENDPOINTS_ORDER)
    SecurityFilterChain authorizationServerEndpoints(HttpSecurity http, ObjectMapper mapper) throws Exception {
        OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers(mapper);
        http.securityMatcher(server.getEndpointsMatcher())
                .with(server, as -> as.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                // The OIDC user-info endpoint takes the access token as a bearer token.
                .oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults()))
                .exceptionHandling(errors -> errors
                        // Browsers go to the login form and come back; programs get a problem+json 401.
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                new MediaTypeRequestMatcher(MediaType.TEXT_HTML))
                        .defaultAuthenticationEntryPointFor(problems.authenticationEntryPoint(),
                                AnyRequestMatcher.INSTANCE));
        return http.build();
    }

    @Bean
    @Order(LOGIN_ORDER)
    SecurityFilterChain loginForm(HttpSecurity http) throws Exception {
        // Only the generated login/logout pages (and their stylesheet) live here; the session it creates is
        // what the authorize endpoint reads when the browser comes back.
        http.securityMatcher("/login", "/logout", "/default-ui.css")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .formLogin(Customizer.withDefaults());
        return http.build();
    }
}
