package io.claimline.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Reliability (a): consuming services' JVMs are killed with {@code kill -9} while patient events stream in, then
 * restarted. Every event is applied exactly once: none lost, none applied twice. collections-service applies
 * events as read-model writes; billing-service as commands whose events are appended in the inbox transaction.
 */
class ConsumerCrashIT {

    private static final String COLLECTIONS = "collections-service";
    private static final String BILLING = "billing-service";
    private static final int PATIENTS = 60;

    @Test
    void everyEventIsAppliedExactlyOnceAcrossAKillDashNine() throws Exception {
        ClaimlineStack stack = ClaimlineStack.get();
        GatewayClient clinic = GatewayClient.clinicSystem(stack.gatewayUrl(), "clinic-system", "clinic-system-secret");
        GatewayClient collector = GatewayClient.user(stack.gatewayUrl(), "collector");
        List<String> patientIds = new CopyOnWriteArrayList<>();

        CompletableFuture<Void> registering = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < PATIENTS; i++) {
                GatewayClient.Response response = clinic.postJson("/api/patients",
                        "{\"givenName\": \"Crash\", \"familyName\": \"Test" + i + "\", \"dateOfBirth\": \"1990-01-01\"}");
                assertThat(response.status()).isEqualTo(201);
                patientIds.add(response.json().get("patientId").asText());
            }
        });
        // Kill while the consumers are applying the burst: after some, before all.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                .until(() -> watchedCount(stack, patientIds) >= 5);
        stack.killHard(COLLECTIONS);
        stack.killHard(BILLING);
        long watchedAtKill = watchedCount(stack, patientIds);
        registering.get();
        assertThat(watchedAtKill).as("killed mid-stream").isLessThan(PATIENTS);
        stack.restart(COLLECTIONS);
        stack.restart(BILLING);

        await().atMost(Duration.ofSeconds(60)).until(() -> watchedCount(stack, patientIds) == PATIENTS);
        for (String patientId : new ArrayList<>(patientIds)) {
            GatewayClient.Response watched = collector.get("/api/collections/patients/" + patientId);
            assertThat(watched.status()).isEqualTo(200);
        }
        assertThat(stack.count(COLLECTIONS,
                "SELECT count(*) FROM rm_watched_patient WHERE patient_id::text = ANY (?) AND applied_events = 1",
                patientIds)).as("each applied exactly once").isEqualTo(PATIENTS);
        assertThat(stack.count(COLLECTIONS, "SELECT count(*) FROM integration_inbox WHERE aggregate_id = ANY (?)",
                patientIds)).isEqualTo(PATIENTS);

        await().atMost(Duration.ofSeconds(60)).until(() -> stack.count(BILLING,
                "SELECT count(*) FROM rm_patient_account WHERE account_id::text = ANY (?)", patientIds) == PATIENTS);
        assertThat(stack.count(BILLING, "SELECT count(*) FROM DomainEventEntry WHERE aggregateIdentifier = ANY (?)",
                patientIds)).as("one account-opened event per patient").isEqualTo(PATIENTS);
        assertThat(stack.count(BILLING, "SELECT count(*) FROM integration_inbox WHERE aggregate_id = ANY (?)",
                patientIds)).isEqualTo(PATIENTS);
    }

    private static long watchedCount(ClaimlineStack stack, List<String> patientIds) throws SQLException {
        return stack.count(COLLECTIONS, "SELECT count(*) FROM rm_watched_patient WHERE patient_id::text = ANY (?)",
                patientIds);
    }
}
