package io.claimline.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.claimline.localstack.BenchEncounters;
import io.claimline.localstack.LoadDriver;
import io.claimline.localstack.TokenClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A small run of the benchmark's load driver (scripts/benchmark.sh), so it cannot rot: every registration it counts
 * as acknowledged is stored once, and reaches billing, claims and collections once each; every encounter of the
 * encounter workload is confirmed once and is served by claims-service's API (what P4 waits for).
 */
class LoadDriverIT {

    @Test
    void everyAcknowledgedRegistrationIsStoredOnceAndReachesEveryConsumerOnce() throws Exception {
        ClaimlineStack stack = ClaimlineStack.get();
        String token = TokenClient.clientToken(stack.gatewayUrl(), "clinic-system", "clinic-system-secret");

        LoadDriver.Result result = LoadDriver.run(stack.gatewayUrl(), token, 4, Duration.ofSeconds(3));

        assertThat(result.acknowledged()).isPositive();
        assertThat(result.failed()).isZero();
        List<String> ids = result.patientIds();
        assertThat(stack.count("patient-service", "SELECT count(*) FROM DomainEventEntry "
                + "WHERE aggregateIdentifier = ANY (?) AND payloadType LIKE '%PatientRegisteredEvent'", ids))
                .isEqualTo(ids.size());
        String inbox = "SELECT count(*) FROM integration_inbox WHERE aggregate_id = ANY (?)";
        await().atMost(Duration.ofSeconds(60)).until(() -> stack.count("billing-service", inbox, ids) == ids.size()
                && stack.count("claims-service", inbox, ids) == ids.size()
                && stack.count("collections-service", inbox, ids) == ids.size());
        assertThat(stack.count("claims-service", "SELECT count(*) FROM rm_patient_copy "
                + "WHERE patient_id::text = ANY (?) AND applied_events = 1", ids)).isEqualTo(ids.size());
    }

    @Test
    void everyAcknowledgedEncounterIsConfirmedOnceAndServedByClaims() throws Exception {
        ClaimlineStack stack = ClaimlineStack.get();
        // What the driver prepares from: the practice's provider and a location, the chargemaster, a payer named as
        // the seed's. (Not the seed itself: on this shared stack other tests write the same practice without its keys.)
        GatewayClient admin = GatewayClient.user(stack.gatewayUrl(), "admin");
        ChargeCapture.practice(admin, "2026-03-02");
        ChargeCapture.chargemaster(GatewayClient.user(stack.gatewayUrl(), "manager"));
        ChargeCapture.payer(admin);

        LoadDriver.Result result = LoadDriver.runEncounters(stack.gatewayUrl(),
                BenchEncounters.prepare(stack.gatewayUrl(), "password"), 2, Duration.ofSeconds(3));

        assertThat(result.acknowledged()).isPositive();
        assertThat(result.failed()).isZero();
        List<String> ids = result.encounterIds();
        assertThat(result.acknowledgedIds()).isEqualTo(ids);
        assertThat(stack.count("billing-service", "SELECT count(*) FROM DomainEventEntry "
                + "WHERE aggregateIdentifier = ANY (?) AND payloadType LIKE '%EncounterConfirmedEvent'", ids))
                .isEqualTo(ids.size());
        GatewayClient biller = GatewayClient.user(stack.gatewayUrl(), "biller");
        await().atMost(Duration.ofSeconds(60)).until(() -> stack.count("claims-service",
                "SELECT count(*) FROM rm_billable_encounter WHERE encounter_id::text = ANY (?)", ids) == ids.size());
        for (String id : ids) {
            GatewayClient.Response billable = biller.get("/api/claims/encounters/" + id);
            assertThat(billable.status()).as(billable.body()).isEqualTo(200);
        }
    }
}
