package io.claimline.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.claimline.localstack.LoadDriver;
import io.claimline.localstack.TokenClient;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A small run of the benchmark's load driver (scripts/benchmark.sh), so it cannot rot: every registration it counts
 * as acknowledged is stored once, and reaches billing, claims and collections once each.
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
        assertThat(count("patient-service", "SELECT count(*) FROM DomainEventEntry WHERE aggregateIdentifier = ANY (?) "
                + "AND payloadType LIKE '%PatientRegisteredEvent'", ids)).isEqualTo(ids.size());
        await().atMost(Duration.ofSeconds(60)).until(() ->
                count("billing-service", "SELECT count(*) FROM integration_inbox WHERE aggregate_id = ANY (?)", ids)
                        == ids.size()
                && count("claims-service", "SELECT count(*) FROM integration_inbox WHERE aggregate_id = ANY (?)", ids)
                        == ids.size()
                && count("collections-service", "SELECT count(*) FROM integration_inbox WHERE aggregate_id = ANY (?)",
                        ids) == ids.size());
        assertThat(count("claims-service", "SELECT count(*) FROM rm_patient_copy WHERE patient_id::text = ANY (?) "
                + "AND applied_events = 1", ids)).isEqualTo(ids.size());
    }

    private static long count(String service, String sql, List<String> ids) throws SQLException {
        ClaimlineStack stack = ClaimlineStack.get();
        try (Connection connection = DriverManager.getConnection(stack.jdbcUrl(service),
                stack.infrastructure().user(), stack.infrastructure().password());
                var statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("text", ids.toArray()));
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
