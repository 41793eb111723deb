package io.claimline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimline.testsupport.AuthorizationMatrix;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Deliver 1's matrix: for every service, every operation of its OpenAPI document is called with a valid example
 * as every role, each with a real token from the authorization server (seeded users sign in through the login
 * flow, clients use client credentials), and the answers must match docs/security/roles.md.
 */
class AuthorizationMatrixIT {

    /** One seeded account of clinic-001 per role. */
    private static final Map<String, String> USER_OF_ROLE = Map.of("front_desk", "frontdesk", "provider", "provider",
            "biller", "biller", "collections", "collector", "manager", "manager", "auditor", "auditor",
            "admin", "admin");

    private static ClaimlineStack stack;
    private static AuthorizationMatrix table;
    private static final Map<String, GatewayClient> callers = new LinkedHashMap<>();

    @BeforeAll
    static void signInAsEveryRole() {
        stack = ClaimlineStack.get();
        table = AuthorizationMatrix.documented(AuthorizationMatrix.repositoryRoot());
        for (String role : table.roles()) {
            callers.put(role, switch (role) {
                case "clinic_system" -> GatewayClient.clinicSystem(stack.gatewayUrl(), "clinic-system",
                        "clinic-system-secret");
                case "service" -> GatewayClient.service(stack.gatewayUrl(), "claims-service");
                default -> GatewayClient.user(stack.gatewayUrl(), USER_OF_ROLE.get(role));
            });
        }
    }

    @Test
    void everyOperationOfEveryServiceAnswersEveryRoleAsTheTableSays() {
        for (String service : ClaimlineStack.SERVICES) {
            String serviceUrl = stack.serviceUrl(service);
            GatewayClient.Response docs = callers.get("auditor").withToken(null).at(serviceUrl).get("/v3/api-docs");
            assertThat(docs.status()).as(service + " OpenAPI").isEqualTo(200);

            List<String> violations = table.violations(service, AuthorizationMatrix.read(docs.body()),
                    (role, method, path, body) -> callers.get(role).at(serviceUrl).send(method, path, body).status());

            assertThat(violations).as(service + AuthorizationMatrix.describe(violations)).isEmpty();
        }
    }
}
