package io.claimline.testsupport;

import static io.claimline.testsupport.TestActors.service;
import static io.claimline.testsupport.TestActors.userOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The authorisation matrix check, inside one service: it catches what it is there to catch (an endpoint that
 * declares no roles, one whose declaration disagrees with docs/security/roles.md), and the service's own endpoints
 * keep the table. A service's test extends this with {@code @ClaimlineServiceTest} and
 * {@code @Import(AuthorizationMatrixScenarios.Probes.class)}: two test-only controllers in that context only.
 */
public abstract class AuthorizationMatrixScenarios {

    private static final String UNDECLARED = "/api/probes/undeclared";
    private static final String MISDECLARED = "/api/probes/misdeclared";
    private static final List<String> ROLES = List.of("front_desk", "provider", "biller", "collections", "manager",
            "auditor", "admin", "clinic_system", "service");

    @Autowired private MockMvc mvc;

    private final String serviceName;

    protected AuthorizationMatrixScenarios(String serviceName) {
        this.serviceName = serviceName;
    }

    /** The two probes: one declares no roles, the other admin only. */
    @Configuration(proxyBeanMethods = false)
    public static class Probes {

        @RestController
        static class UndeclaredProbe {
            @GetMapping(UNDECLARED)
            String undeclared() {
                return "reached";
            }
        }

        @RestController
        static class MisdeclaredProbe {
            @GetMapping(MISDECLARED)
            @RolesAllowed("admin")
            String misdeclared() {
                return "reached";
            }
        }
    }

    @Test
    void anEndpointThatDeclaresNoRolesFailsTheCheckAndIsClosedToEveryone() throws Exception {
        List<String> violations = check(AuthorizationMatrix.documented(AuthorizationMatrix.repositoryRoot()));

        assertThat(violations).contains(serviceName + " GET " + UNDECLARED + ": served but not in the role table");
        for (String role : ROLES) {
            assertThat(mvc.perform(get(UNDECLARED).with(as(role))).andReturn().getResponse().getStatus()).as(role)
                    .isEqualTo(403);
        }
    }

    @Test
    void aDeclarationThatDisagreesWithTheTableFailsTheCheckNamingTheRole() throws Exception {
        AuthorizationMatrix table = AuthorizationMatrix.documented(AuthorizationMatrix.repositoryRoot())
                .with(new AuthorizationMatrix.Operation(serviceName, "GET", MISDECLARED), Set.of("auditor"));

        assertThat(check(table)).contains(
                serviceName + " GET " + MISDECLARED + " as auditor: the table says yes, the service answered 403",
                serviceName + " GET " + MISDECLARED + " as admin: the table says no, the service answered 200");
    }

    @Test
    void theServicesOwnEndpointsKeepTheTable() throws Exception {
        assertThat(check(AuthorizationMatrix.documented(AuthorizationMatrix.repositoryRoot())))
                .allMatch(violation -> violation.contains("/probes/"));
    }

    private List<String> check(AuthorizationMatrix table) throws Exception {
        String openApi = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        return table.violations(serviceName, AuthorizationMatrix.read(openApi), (role, method, path, body) -> {
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

    private static RequestPostProcessor as(String role) {
        return "service".equals(role) ? service("claims-service") : userOf("clinic-001", role);
    }
}
