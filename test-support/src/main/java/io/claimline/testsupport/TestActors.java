package io.claimline.testsupport;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.Arrays;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Authenticated callers for MockMvc tests: a validated JWT with the claims the gateway's server issues, and the
 * {@code ROLE_<role>} authorities the services derive from its {@code roles} claim.
 */
public final class TestActors {

    private TestActors() {
    }

    public static RequestPostProcessor userOf(String clinicId, String... roles) {
        return jwt().jwt(token -> token.subject("user-of-" + clinicId)
                        .claim("clinic_id", clinicId)
                        .claim("roles", List.of(roles)))
                .authorities(authorities(roles));
    }

    /** A provider of the clinic: their token carries their NPI, as the authorization server's do. */
    public static RequestPostProcessor providerOf(String clinicId, String npi) {
        return jwt().jwt(token -> token.subject("provider-" + npi + "-of-" + clinicId)
                        .claim("clinic_id", clinicId)
                        .claim("roles", List.of("provider"))
                        .claim("npi", npi))
                .authorities(authorities("provider"));
    }

    /** A Claimline service calling as itself (client credentials): role {@code service}, no clinic. */
    public static RequestPostProcessor service(String serviceId) {
        return jwt().jwt(token -> token.subject(serviceId).claim("roles", List.of("service")))
                .authorities(authorities("service"));
    }

    private static GrantedAuthority[] authorities(String... roles) {
        return Arrays.stream(roles).map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toArray(GrantedAuthority[]::new);
    }
}
