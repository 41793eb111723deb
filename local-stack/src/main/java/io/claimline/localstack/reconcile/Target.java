package io.claimline.localstack.reconcile;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What to reconcile: the gateway (for the services' read-model reconciliation), each service's database (read
 * only), Kafka, the patient ids a client was acknowledged (N1), the ids of poison deliberately injected (N7), the
 * auditors to reconcile read models as (one per clinic: each sees their own clinic's rows only) and which checks to
 * run. Start from {@link #of} and add with the {@code with}-style methods.
 *
 * @param jdbcUrls one JDBC URL per service, keyed by {@link #SERVICES}
 */
public record Target(String gatewayUrl, Map<String, String> jdbcUrls, String dbUser, String dbPassword,
        String kafkaBootstrapServers, Set<String> acknowledgedPatientIds, Set<String> expectedPoison,
        List<Auditor> auditors, Set<Check> checks) {

    public static final List<String> SERVICES = List.of("patient-service", "billing-service", "claims-service",
            "collections-service");

    /** The local stack's seeded auditors, one per seeded clinic. */
    public static final List<Auditor> SEEDED_AUDITORS = List.of(new Auditor("auditor", "password"),
            new Auditor("auditor-2", "password"));

    /** A user with the auditor (or admin) role, signing in through the gateway's login. */
    public record Auditor(String username, String password) {
        @Override
        public String toString() {
            return "Auditor[" + username + "]";
        }
    }

    public Target {
        if (!jdbcUrls.keySet().containsAll(SERVICES)) {
            throw new IllegalArgumentException("a JDBC URL is needed for each of " + SERVICES);
        }
        jdbcUrls = Map.copyOf(jdbcUrls);
        acknowledgedPatientIds = Set.copyOf(acknowledgedPatientIds);
        expectedPoison = Set.copyOf(expectedPoison);
        auditors = List.copyOf(auditors);
        checks = checks.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(checks));
    }

    @Override
    public String toString() {
        return "Target[" + gatewayUrl + ", " + jdbcUrls + ", kafka " + kafkaBootstrapServers + "]"; // no passwords
    }

    /** Every check, no acknowledged ids, no expected poison, the seeded auditors. */
    public static Target of(String gatewayUrl, Map<String, String> jdbcUrls, String dbUser, String dbPassword,
            String kafkaBootstrapServers) {
        return new Target(gatewayUrl, jdbcUrls, dbUser, dbPassword, kafkaBootstrapServers, Set.of(), Set.of(),
                SEEDED_AUDITORS, EnumSet.allOf(Check.class));
    }

    public Target acknowledging(Collection<String> patientIds) {
        return new Target(gatewayUrl, jdbcUrls, dbUser, dbPassword, kafkaBootstrapServers,
                new LinkedHashSet<>(patientIds), expectedPoison, auditors, checks);
    }

    public Target expectingPoison(Collection<String> eventIds) {
        return new Target(gatewayUrl, jdbcUrls, dbUser, dbPassword, kafkaBootstrapServers, acknowledgedPatientIds,
                new LinkedHashSet<>(eventIds), auditors, checks);
    }

    public Target auditedBy(List<Auditor> others) {
        return new Target(gatewayUrl, jdbcUrls, dbUser, dbPassword, kafkaBootstrapServers, acknowledgedPatientIds,
                expectedPoison, others, checks);
    }

    /** Only these checks (say N7 alone, cheap enough to poll until lag is zero). */
    public Target checking(Check first, Check... more) {
        return new Target(gatewayUrl, jdbcUrls, dbUser, dbPassword, kafkaBootstrapServers, acknowledgedPatientIds,
                expectedPoison, auditors, EnumSet.of(first, more));
    }
}
