package io.claimline.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimline.web.ProblemSecurityHandlers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every service validates bearer tokens itself (signature, issuer, expiry), trusting nothing because a request
 * came through the gateway. Health, metrics and API docs stay open for operators; everything under /api needs
 * a token.
 */
@Configuration(proxyBeanMethods = false)
public class ResourceServerSecurityConfiguration {

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ObjectMapper mapper) throws Exception {
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers(mapper);
        http.csrf(csrf -> csrf.disable()) // stateless bearer-token API: no cookies to forge
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus",
                                "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error")
                        .permitAll()
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
