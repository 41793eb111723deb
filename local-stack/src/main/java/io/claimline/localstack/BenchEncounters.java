package io.claimline.localstack;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The encounter workload's fixture and request bodies: what the charge-capture path needs once per run, found in
 * (or added to) what {@code ./claimline seed} wrote for clinic-001: the practice's first provider, whose NPI the
 * seeded {@code provider} user's token carries, its location, the seed's chargemaster and the "Demo Health Plan"
 * contract, and one patient the run registers with a coverage on that plan. JDK only, like {@link LoadDriver}
 * (bodies are parsed with patterns: the views' field names are fixed by billing's and patient-service's APIs).
 */
public final class BenchEncounters {

    /** The seeded {@code provider} user's NPI: the first provider of clinic-001's practice (PracticeSetupStep). */
    public static final String PROVIDER_NPI = "1234567893";
    /** The seeded payer whose contract the seed writes (PayersStep, PricingStep). */
    public static final String PAYER_NAME = "Demo Health Plan";
    /** A date the seed's practice, chargemaster, contract and the bench coverage (from 2026-01-01) all cover. */
    public static final String DATE_OF_SERVICE = "2026-03-02";
    /** How long the setup waits for the bench patient's coverage to reach billing's copy (asynchronous). */
    static final Duration COVERAGE_COPY_WAIT = Duration.ofSeconds(60);

    private static final String ID = "\"\\s*:\\s*\"([0-9a-f-]{36})\"";

    /** Everything an iteration refers to; the tokens are the biller's (records) and the provider's (confirms). */
    public record Setup(String billerToken, String providerToken, String patientId, String coverageId,
            String locationId, String providerId) {
    }

    private BenchEncounters() {
    }

    /**
     * Finds the seeded practice and payer and registers the run's patient with a coverage (as the clinic system),
     * then waits until billing holds the coverage: an encounter on a coverage billing has not seen is 404.
     */
    public static Setup prepare(String gatewayUrl, String password) {
        String clinicSystem = TokenClient.clientToken(gatewayUrl, "clinic-system", "clinic-system-secret");
        String biller = TokenClient.userToken(gatewayUrl, "biller", password);
        String provider = TokenClient.userToken(gatewayUrl, "provider", password);
        Http http = new Http(gatewayUrl);
        String practice = http.expect(200, http.get(biller, "/api/billing/practice?asOf=" + DATE_OF_SERVICE),
                "the practice setup (run ./claimline seed first)");
        String providerId = providerId(practice, PROVIDER_NPI).orElseThrow(() -> new IllegalStateException(
                "no provider with NPI " + PROVIDER_NPI + " in clinic-001's practice (run ./claimline seed first)"));
        String locationId = firstId(practice, "locationId").orElseThrow(() -> new IllegalStateException(
                "no location in clinic-001's practice (run ./claimline seed first)"));
        String payers = http.expect(200, http.get(biller, "/api/patients/payers?active=true&name="
                + URLEncoder.encode(PAYER_NAME, StandardCharsets.UTF_8)), "the payers");
        String payerId = firstId(payers, "payerId").orElseThrow(() -> new IllegalStateException(
                "no payer " + PAYER_NAME + " (run ./claimline seed first)"));

        String key = "bench-encounter-patient-" + UUID.randomUUID();
        String patientId = firstId(http.expect(201, http.post(clinicSystem, "/api/patients", key,
                BenchPatients.person(key)), "the bench patient"), "patientId").orElseThrow();
        String coverageId = firstId(http.expect(201, http.post(clinicSystem, "/api/patients/" + patientId
                + "/coverages", key + "-coverage", BenchPatients.coverage(payerId, key)), "the bench coverage"),
                "coverageId").orElseThrow();
        // The coverage reaches billing-service's copy asynchronously (Kafka): poll it, as the seed's PricingStep does.
        try {
            await().atMost(COVERAGE_COPY_WAIT).pollInterval(Duration.ofMillis(200)).until(() -> http.get(biller,
                    "/api/billing/patients/" + patientId + "/coverages").body().contains(coverageId));
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("the bench coverage did not reach billing-service within "
                    + COVERAGE_COPY_WAIT.toSeconds() + " s", e);
        }
        return new Setup(biller, provider, patientId, coverageId, locationId, providerId);
    }

    /**
     * One insured office visit as a biller records it: an established-patient visit with modifier 25 and an ECG
     * (the seed's contract carves the ECG out at a fixed amount, the visit is paid at a percentage), two diagnoses.
     * Charges come from the chargemaster.
     */
    public static String encounter(Setup setup) {
        return """
                {"patientId": "%s", "coverageId": "%s", "serviceFrom": "%s", "locationId": "%s",
                 "renderingProviderId": "%s", "diagnoses": ["E11.9", "I10"],
                 "lines": [{"procedureCode": "99213", "modifiers": ["25"], "units": 1, "diagnosisPointers": [1, 2]},
                           {"procedureCode": "93000", "modifiers": [], "units": 1, "diagnosisPointers": [2]}]}"""
                .formatted(setup.patientId(), setup.coverageId(), DATE_OF_SERVICE, setup.locationId(),
                        setup.providerId());
    }

    /** The id of the provider with this NPI in a practice setup's JSON ({@code providers[]}), if any. */
    static Optional<String> providerId(String practiceJson, String npi) {
        // A provider is a flat object (no nested braces): its id and its NPI sit between the same two braces.
        Matcher provider = Pattern.compile("\\{[^{}]*\"providerId\"\\s*:\\s*\"([0-9a-f-]{36})\"[^{}]*\\}")
                .matcher(practiceJson);
        while (provider.find()) {
            if (Pattern.compile("\"npi\"\\s*:\\s*\"" + Pattern.quote(npi) + "\"").matcher(provider.group()).find()) {
                return Optional.of(provider.group(1));
            }
        }
        return Optional.empty();
    }

    /** The first id-valued {@code field} in a JSON body, if any. */
    static Optional<String> firstId(String json, String field) {
        Matcher id = Pattern.compile("\"" + Pattern.quote(field) + ID).matcher(json);
        return id.find() ? Optional.of(id.group(1)) : Optional.empty();
    }

    /** The setup's few calls: no retries (the stack is idle and up when a run starts). */
    private record Http(String url, HttpClient client) {

        Http(String url) {
            this(url, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build());
        }

        HttpResponse<String> get(String token, String path) {
            return send(HttpRequest.newBuilder(URI.create(url + path)).GET(), token);
        }

        HttpResponse<String> post(String token, String path, String key, String body) {
            return send(HttpRequest.newBuilder(URI.create(url + path)).header("Content-Type", "application/json")
                    .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)), token);
        }

        String expect(int status, HttpResponse<String> response, String what) {
            if (response.statusCode() != status) {
                // the status only: a body may hold the patient's demographics
                throw new IllegalStateException(what + " answered " + response.statusCode());
            }
            return response.body();
        }

        private HttpResponse<String> send(HttpRequest.Builder builder, String token) {
            try {
                return client.send(builder.timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                        .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException("cannot reach the gateway at " + url + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }
}
