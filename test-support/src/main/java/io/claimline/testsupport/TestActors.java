package io.claimline.testsupport;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.List;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Authenticated callers for MockMvc tests: a validated JWT with the claims the gateway's server issues. */
public final class TestActors {

    private TestActors() {
    }

    public static RequestPostProcessor userOf(String clinicId, String... roles) {
        return jwt().jwt(token -> token.subject("user-of-" + clinicId)
                .claim("clinic_id", clinicId)
                .claim("roles", List.of(roles)));
    }
}
