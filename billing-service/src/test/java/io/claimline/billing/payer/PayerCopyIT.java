package io.claimline.billing.payer;

import io.claimline.billing.payer.query.PayerCopies;
import io.claimline.contracts.Topics;
import io.claimline.platform.integration.KafkaIntegrationConfiguration;
import io.claimline.testsupport.ClaimlineServiceTest;
import io.claimline.testsupport.copies.PayerCopyScenarios;
import org.springframework.beans.factory.annotation.Autowired;

/** billing-service keeps its own copy of each clinic's payers: the shared scenarios, on its own database. */
@ClaimlineServiceTest
class PayerCopyIT extends PayerCopyScenarios {

    private static final String SERVICE = "billing-service";

    @Autowired
    PayerCopyIT(PayerCopies copies) {
        super(KafkaIntegrationConfiguration.deadLetterTopic(Topics.PAYER_EVENTS_V1, SERVICE),
                KafkaIntegrationConfiguration.DLT_REASON_HEADER, copies::find);
    }
}
