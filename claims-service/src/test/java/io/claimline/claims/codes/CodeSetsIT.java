package io.claimline.claims.codes;

import io.claimline.testsupport.ClaimlineServiceTest;
import io.claimline.testsupport.codes.CodeSetScenarios;

/** claims-service loads the code sets into its own database: the shared scenarios, on its own database. */
@ClaimlineServiceTest
class CodeSetsIT extends CodeSetScenarios {

    CodeSetsIT() {
        super("/api/claims/code-sets");
    }
}
