package io.claimline.billing;

import io.claimline.testsupport.AuthorizationMatrixScenarios;
import io.claimline.testsupport.ClaimlineServiceTest;
import org.springframework.context.annotation.Import;

/** The role table's check on this service's own endpoints, and that the check catches what it is there for. */
@ClaimlineServiceTest
@Import(AuthorizationMatrixScenarios.Probes.class)
class AuthorizationMatrixCheckIT extends AuthorizationMatrixScenarios {

    AuthorizationMatrixCheckIT() {
        super("billing-service");
    }
}
