package io.claimline.billing.codes;

import io.claimline.testsupport.ClaimlineServiceTest;
import io.claimline.testsupport.codes.CodeSetScenarios;

/** billing-service loads the code sets into its own database: the shared scenarios, on its own database. */
@ClaimlineServiceTest
class CodeSetsIT extends CodeSetScenarios {

    CodeSetsIT() {
        super("/api/billing/code-sets");
    }
}
