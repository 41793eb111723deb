package io.claimline.localstack.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimline.localstack.TokenClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import java.util.TreeSet;

/**
 * N3 through each service's own reconciliation (it replays its projections into shadow tables and compares): called
 * through the gateway as each auditor, who sees their own clinic's rows only, so every clinic that has events needs
 * an auditor; a clinic left without one is a discrepancy, not a silent pass.
 */
final class ReadModelReplays {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private ReadModelReplays() {
    }

    /** The clinics that have events in an event-sourced service's store (from the events' metadata). */
    static Set<String> clinicsWithEvents(Database store) throws SQLException {
        return new TreeSet<>(store.query("SELECT DISTINCT convert_from(metaData, 'UTF8')::jsonb ->> 'clinicId' "
                + "FROM DomainEventEntry WHERE metaData IS NOT NULL", rs -> String.valueOf(rs.getString(1))));
    }

    static void check(Target target, Set<String> clinicsWithEvents, Findings findings) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Set<String> reconciled = new TreeSet<>();
        int tables = 0;
        for (Target.Auditor auditor : target.auditors()) {
            String token;
            try {
                token = TokenClient.userToken(target.gatewayUrl(), auditor.username(), auditor.password());
            } catch (RuntimeException e) {
                findings.add(Check.N3, "gateway", "no token for auditor " + auditor.username() + " ("
                        + e.getClass().getSimpleName() + ")");
                continue;
            }
            String clinic = clinicOf(token);
            reconciled.add(clinic);
            for (String service : Target.SERVICES) {
                tables += reconcile(http, target.gatewayUrl(), service, token, clinic, findings);
            }
        }
        for (String clinic : clinicsWithEvents) {
            if (!reconciled.contains(clinic)) {
                findings.add(Check.N3, "clinic " + clinic, "has events but no auditor of it was given: its read "
                        + "models were not reconciled");
            }
        }
        findings.examined(Check.N3, tables + " read-model tables in " + reconciled.size() + " clinics");
    }

    private static int reconcile(HttpClient http, String gateway, String service, String token, String clinic,
            Findings findings) {
        String where = service + " (clinic " + clinic + ")";
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway
                        + Topology.OPERATIONS_PATHS.get(service) + "/reconciliation/read-models"))
                .timeout(TIMEOUT).header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        JsonNode checks;
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                findings.add(Check.N3, where, "the reconciliation answered HTTP " + response.statusCode()
                        + codeOf(response.body()));
                return 0;
            }
            checks = JSON.readTree(response.body());
        } catch (IOException e) {
            findings.couldNotCheck(Check.N3, where, e);
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            findings.couldNotCheck(Check.N3, where, e);
            return 0;
        }
        for (JsonNode check : checks) {
            if (!"matches".equals(check.path("outcome").asText())) {
                findings.add(Check.N3, where + " " + check.path("processingGroup").asText() + " "
                        + check.path("table").asText(), describe(check));
            }
        }
        return checks.size();
    }

    private static String describe(JsonNode check) {
        String outcome = check.path("outcome").asText();
        if ("differs".equals(outcome)) {
            return "differs from a fresh replay of " + check.path("eventsReplayed").asLong() + " events: live "
                    + check.path("rows").asLong() + " rows md5 " + check.path("checksum").asText() + ", replayed "
                    + check.path("replayedRows").asLong() + " rows md5 " + check.path("replayedChecksum").asText();
        }
        return outcome + ": " + check.path("detail").asText();
    }

    private static String codeOf(String body) {
        try {
            JsonNode problem = JSON.readTree(body);
            return problem.has("code") ? " (" + problem.get("code").asText() + ")" : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** The clinic a token speaks for (its clinic_id claim; the token was just issued to us by the gateway). */
    static String clinicOf(String accessToken) {
        String[] parts = accessToken.split("\\.");
        try {
            JsonNode claims = JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]),
                    StandardCharsets.UTF_8));
            return claims.path("clinic_id").asText("(none)");
        } catch (IOException | ArrayIndexOutOfBoundsException | IllegalArgumentException e) {
            return "(unreadable token)";
        }
    }
}
