package io.claimline.claims.practice;

import io.claimline.claims.practice.query.PracticeCopy;
import io.claimline.contracts.Topics;
import io.claimline.platform.integration.KafkaIntegrationConfiguration;
import io.claimline.testsupport.ClaimlineServiceTest;
import io.claimline.testsupport.copies.PracticeCopyScenarios;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * claims-service's practice copy passes the shared scenarios on its own database, in a consumer group of the test's
 * own.
 */
@ClaimlineServiceTest
@TestPropertySource(properties = {"spring.kafka.consumer.group-id=" + PracticeCopyIT.GROUP,
        "claimline.kafka.topics=" + Topics.PRACTICE_EVENTS_V1 + "," + Topics.PRACTICE_EVENTS_V1 + "." + PracticeCopyIT.GROUP
                + ".dlt"})
class PracticeCopyIT extends PracticeCopyScenarios {

    static final String GROUP = "claims-service-practice-copy-it";

    @Autowired
    PracticeCopyIT(PracticeCopy copy) {
        super(KafkaIntegrationConfiguration.deadLetterTopic(Topics.PRACTICE_EVENTS_V1, GROUP),
                KafkaIntegrationConfiguration.DLT_REASON_HEADER,
                new Reads(copy::clinicAsOf, copy::providersAsOf, copy::providerAsOf, copy::locationsAsOf));
    }
}
