package io.claimline.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimline.platform.config.LocalProfileDefaults;
import io.claimline.web.ProblemSecurityHandlers;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every service validates bearer tokens itself (signature, issuer, expiry, audience), trusting nothing because a
 * request came through the gateway. Health and metrics stay open for operators (and API docs in the local
 * profile); everything else needs a token.
 */
@Configuration(proxyBeanMethods = false)
public class ResourceServerSecurityConfiguration {

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ObjectMapper mapper, Environment environment)
            throws Exception {
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers(mapper);
        // Operators' endpoints stay open for Prometheus and probes; the API's own documentation describes what an
        // attacker could call, so outside the local profile it needs a token like the API.
        String[] open = environment.acceptsProfiles(Profiles.of(LocalProfileDefaults.LOCAL_PROFILE))
                ? new String[] {"/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
                        "/error", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html"}
                : new String[] {"/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
                        "/error"};
        http.csrf(csrf -> csrf.disable()) // stateless bearer-token API: no cookies to forge
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(open).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(oauth -> oauth
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(source -> new JwtAuthenticationToken(source,
                                CurrentActor.roles(source).stream()
                                        .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                                        .toList(),
                                source.getSubject())))
                        .authenticationEntryPoint(problems.authenticationEntryPoint())
                        .accessDeniedHandler(problems.accessDeniedHandler()))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(problems.authenticationEntryPoint())
                        .accessDeniedHandler(problems.accessDeniedHandler()))
                .httpBasic(basic -> basic.disable());
        return http.build();
    }
}
