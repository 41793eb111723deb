package io.claimline.claims;

import static io.claimline.testsupport.TestActors.service;
import static io.claimline.testsupport.TestActors.userOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import io.claimline.platform.security.Roles;
import io.claimline.testsupport.AuthorizationMatrix;
import io.claimline.testsupport.ClaimlineServiceTest;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The authorisation matrix check catches what it is there to catch: an endpoint that declares no roles, and one
 * whose declaration disagrees with the documented table. Two test-only controllers live in this test's context
 * only; the service's real endpoints keep the table.
 */
@ClaimlineServiceTest
@Import({AuthorizationMatrixCheckIT.UndeclaredProbe.class, AuthorizationMatrixCheckIT.MisdeclaredProbe.class})
class AuthorizationMatrixCheckIT {

    static final String SERVICE = "claims-service";

    @Autowired MockMvc mvc;

    @RestController
    static class UndeclaredProbe {
        @GetMapping("/api/claims/probes/undeclared")
        String undeclared() {
            return "reached";
        }
    }

    @RestController
    static class MisdeclaredProbe {
        @GetMapping("/api/claims/probes/misdeclared")
        @RolesAllowed(Roles.ADMIN)
        String misdeclared() {
            return "reached";
        }
    }

    @Test
    void anEndpointThatDeclaresNoRolesFailsTheCheckAndIsClosedToEveryone() throws Exception {
        List<String> violations = check(AuthorizationMatrix.documented(AuthorizationMatrix.repositoryRoot()));

        assertThat(violations).contains(
                "claims-service GET /api/claims/probes/undeclared: served but not in the role table");
        for (String role : Roles.ALL) {
            assertThat(mvc.perform(get("/api/claims/probes/undeclared").with(as(role))).andReturn().getResponse()
                    .getStatus()).as(role).isEqualTo(403);
        }
    }

    @Test
    void aDeclarationThatDisagreesWithTheTableFailsTheCheckNamingTheRole() throws Exception {
        AuthorizationMatrix table = AuthorizationMatrix.documented(AuthorizationMatrix.repositoryRoot())
                .with(new AuthorizationMatrix.Operation(SERVICE, "GET", "/api/claims/probes/misdeclared"),
                        Set.of(Roles.AUDITOR));

        assertThat(check(table)).contains(
                "claims-service GET /api/claims/probes/misdeclared as auditor: the table says yes, the service "
                        + "answered 403",
                "claims-service GET /api/claims/probes/misdeclared as admin: the table says no, the service "
                        + "answered 200");
    }

    @Test
    void theServicesOwnEndpointsKeepTheTable() throws Exception {
        assertThat(check(AuthorizationMatrix.documented(AuthorizationMatrix.repositoryRoot())))
                .allMatch(violation -> violation.contains("/probes/"));
    }

    private List<String> check(AuthorizationMatrix table) throws Exception {
        String openApi = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        return table.violations(SERVICE, AuthorizationMatrix.read(openApi), (role, method, path, body) -> {
            try {
                var call = request(HttpMethod.valueOf(method), path).with(as(role));
                if (body != null) {
                    call.contentType(MediaType.APPLICATION_JSON).content(body);
                }
                return mvc.perform(call).andReturn().getResponse().getStatus();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor as(String role) {
        return Roles.SERVICE.equals(role) ? service("claims-service") : userOf("clinic-001", role);
    }
}
