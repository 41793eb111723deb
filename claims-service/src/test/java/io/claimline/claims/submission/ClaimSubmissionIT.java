package io.claimline.claims.submission;

import static io.claimline.testsupport.TestActors.userOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimline.claims.claim.integration.ClaimDrafting;
import io.claimline.contracts.Topics;
import io.claimline.contracts.claims.v1.ClaimAccepted;
import io.claimline.contracts.claims.v1.ClaimRejected;
import io.claimline.contracts.claims.v1.ClaimResubmitted;
import io.claimline.contracts.claims.v1.ClaimSubmitted;
import io.claimline.platform.phi.Base64TestVault;
import io.claimline.platform.phi.PurposeOfUse;
import io.claimline.testsupport.ClaimlineServiceTest;
import io.claimline.testsupport.KafkaTestClient;
import io.claimline.testsupport.PublishedClaimEvents;
import io.claimline.testsupport.PublishedEncounterEvents;
import io.claimline.testsupport.PublishedEvents;
import io.claimline.testsupport.PublishedPayerEvents;
import io.claimline.testsupport.PublishedPracticeEvents;
import io.claimline.testsupport.TestInfrastructure;
import io.claimline.x12.Envelope;
import io.claimline.x12.ack.Ack999Writer;
import io.claimline.x12.ack.AcknowledgedGroup;
import io.claimline.x12.ack.FunctionalGroupAcknowledgement;
import io.claimline.x12.claim.Claim837Reader;
import io.claimline.x12.claim.ProfessionalClaim;
import io.claimline.x12.claim.ProfessionalClaimBatch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Claims from confirmed encounters to acknowledgements, on real PostgreSQL and Kafka, with the clearinghouse as a
 * directory drop (the SFTP drop is the end-to-end suite's): drafted, scrubbed, cut into an 837P batch stored
 * encrypted and sent once, then accepted or rejected by the 999 and 277CA files that come back; a rejected claim is
 * corrected and resubmitted as a new original; malformed and unmatched files are rejected whole; a replay of the
 * projections sends nothing again.
 */
@ClaimlineServiceTest
@Import(Base64TestVault.Configuration.class)
class ClaimSubmissionIT {

    private static final Path UPLOAD;
    private static final Path DOWNLOAD;

    static {
        try {
            Path root = Files.createTempDirectory("claimline-clearinghouse");
            UPLOAD = Files.createDirectories(root.resolve("in"));
            DOWNLOAD = Files.createDirectories(root.resolve("out"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void clearinghouse(DynamicPropertyRegistry registry) {
        // Its own consumer group: the other test contexts of this JVM keep consuming the same topics.
        registry.add("spring.kafka.consumer.group-id", () -> "claims-service-submission-test");
        registry.add("claimline.claims.clearinghouse.transport", () -> "directory");
        registry.add("claimline.claims.clearinghouse.directory.upload", UPLOAD::toString);
        registry.add("claimline.claims.clearinghouse.directory.download", DOWNLOAD::toString);
        // The tests cut, send and poll themselves; the schedules stay out of their way.
        registry.add("claimline.claims.submission.cut-every", () -> "PT1H");
        registry.add("claimline.claims.submission.send-every", () -> "PT1H");
        registry.add("claimline.claims.submission.poll-every", () -> "PT1H");
    }

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;
    @Autowired Base64TestVault vault;
    @Autowired BatchTransmission transmission;

    private final KafkaTestClient kafka = new KafkaTestClient(TestInfrastructure.get().kafkaBootstrapServers());

    /** A clinic of its own per test, with its practice and a payer (timely filing 365 days). */
    private record Setup(String clinic, String payerId) {
    }

    private Setup clinic() {
        String clinic = "clinic-" + UUID.randomUUID().toString().substring(0, 8);
        String payerId = UUID.randomUUID().toString();
        PublishedEvents.send(kafka, Topics.PRACTICE_EVENTS_V1, PublishedPracticeEvents.clinicProfileChanged(clinic, 0,
                LocalDate.parse("2026-01-01"), "Riverside Family Medicine LLC", PublishedPracticeEvents.MAIN_STREET));
        PublishedEvents.send(kafka, Topics.PAYER_EVENTS_V1, PublishedPayerEvents.payerAdded(payerId, clinic,
                PublishedPayerEvents.terms("Lakeside Health Plan", "LHP01", 365)));
        // The clinic's setup is there before its first encounter, as in a clinic (a late one re-scrubs, but racing
        // the scrubber is not what these tests are about).
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM rm_payer_copy WHERE payer_id = ?::uuid", Long.class, payerId) == 1
                && jdbc.queryForObject("SELECT count(*) FROM rm_practice WHERE clinic_id = ?", Long.class,
                        clinic) == 1);
        return new Setup(clinic, payerId);
    }

    /** A patient (the subscriber), their coverage, and a confirmed encounter; answers the claim id. */
    private String confirmedEncounter(Setup setup, String memberId, boolean withCoverage) {
        String patientId = UUID.randomUUID().toString();
        String coverageId = UUID.randomUUID().toString();
        PublishedEvents.send(kafka, Topics.PATIENT_EVENTS_V1, PublishedEvents.patientRegistered(patientId,
                setup.clinic(), "JANE", "DOE", LocalDate.parse("1984-07-19"), "F",
                "{\"line1\":\"77 Quarry Lane\",\"city\":\"Portland\",\"state\":\"OR\",\"postalCode\":\"97214\"}"));
        if (withCoverage) {
            addCoverage(setup, patientId, coverageId, memberId);
        }
        String encounterId = UUID.randomUUID().toString();
        PublishedEvents.send(kafka, Topics.ENCOUNTER_EVENTS_V1, PublishedEncounterEvents.encounterConfirmed(
                encounterId, setup.clinic(), 0, PublishedEncounterEvents.details(patientId, coverageId,
                        setup.payerId())));
        return ClaimDrafting.claimIdOf(encounterId) + "|" + patientId + "|" + coverageId;
    }

    private void addCoverage(Setup setup, String patientId, String coverageId, String memberId) {
        PublishedEvents.send(kafka, Topics.PATIENT_EVENTS_V1, PublishedEvents.coverageAdded(patientId,
                PublishedEvents.selfCoverage(patientId, coverageId, setup.payerId(), memberId), setup.clinic(), 1));
    }

    private JsonNode claim(Setup setup, String claimId) throws Exception {
        String body = mvc.perform(get("/api/claims/claims/{id}", claimId).with(userOf(setup.clinic(), "biller")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    private void awaitStatus(Setup setup, String claimId, String expected) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                mvc.perform(get("/api/claims/claims/{id}", claimId).with(userOf(setup.clinic(), "biller")))
                        .andExpect(status().isOk()).andExpect(jsonPath("$.status").value(expected)));
    }

    private JsonNode cut(Setup setup) throws Exception {
        String body = mvc.perform(post("/api/claims/batches").with(userOf(setup.clinic(), "biller"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    /** Polls the drop; answers how many files were taken in (other tests' leftovers included). */
    private int poll(Setup setup) throws Exception {
        String body = mvc.perform(post("/api/claims/clearinghouse/polls").with(userOf(setup.clinic(), "biller")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).path("received").asInt();
    }

    /** What became of a received file, by name. */
    private String outcomeOf(String fileName) {
        return jdbc.queryForObject("SELECT outcome FROM clearinghouse_inbound_file WHERE file_name = ?",
                String.class, fileName);
    }

    private static void drop(String name, String content) throws IOException {
        Files.writeString(DOWNLOAD.resolve(name), content, StandardCharsets.ISO_8859_1);
    }

    /** A 999 accepting the 837 whose ISA/GS/ST control number is {@code controlNumber}. */
    private static String accepting999(int controlNumber) {
        Envelope envelope = new Envelope("ZZ", "CLAIMLINESIM", "ZZ", "CLAIMLINE", 700_000 + controlNumber % 100_000,
                700_000 + controlNumber % 100_000, 1, Envelope.Usage.TEST, "CLAIMLINESIM", "CLAIMLINE",
                LocalDateTime.of(2026, 12, 1, 8, 15));
        return new Ack999Writer().write(envelope, AcknowledgedGroup.PROFESSIONAL_CLAIMS,
                FunctionalGroupAcknowledgement.acceptingAll(String.valueOf(controlNumber),
                        List.of(String.format("%04d", controlNumber))));
    }

    private static long filesSent() throws IOException {
        try (Stream<Path> files = Files.list(UPLOAD)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".x12")).count();
        }
    }

    @Test
    void aConfirmedEncounterIsClaimedScrubbedSentOnceAndAcceptedBy999And277CA() throws Exception {
        Setup setup = clinic();
        String[] ids = confirmedEncounter(setup, "W900112233", true).split("\\|");
        String claimId = ids[0];
        awaitStatus(setup, claimId, "READY");
        assertThat(claim(setup, claimId).path("timelyFilingDeadline").asText()).isEqualTo("2027-11-27");

        JsonNode batches = cut(setup);
        assertThat(batches).hasSize(1);
        JsonNode batch = batches.get(0);
        int icn = batch.path("interchangeControlNumber").asInt();
        Path sent = UPLOAD.resolve(batch.path("fileName").asText());
        assertThat(sent).exists();
        String file = Files.readString(sent, StandardCharsets.ISO_8859_1);

        // The file is a valid 837P (read back with the x12 module's reader, which validates it) with the opened data.
        ProfessionalClaimBatch read = new Claim837Reader().read(file);
        ProfessionalClaim claim = read.billingProviders().get(0).claims().get(0);
        String pcn = claim(setup, claimId).path("patientControlNumber").asText();
        assertThat(claim.claim().patientControlNumber()).isEqualTo(pcn);
        assertThat(claim.subscriber().memberId()).isEqualTo("W900112233");
        assertThat(claim.subscriber().lastName()).isEqualTo("DOE");
        assertThat(claim.patient()).as("the patient is the subscriber: no 2000C").isEmpty();
        assertThat(claim.lines()).hasSize(2);
        assertThat(claim.lines().get(0).lineControlNumber()).isEqualTo(pcn + "-1");
        assertThat(read.envelope().interchangeControlNumber()).isEqualTo(icn);
        assertThat(vault.accesses).anySatisfy(access -> {
            assertThat(access.clinicId()).isEqualTo(setup.clinic());
            assertThat(access.purpose()).isEqualTo(PurposeOfUse.CLAIM_SUBMISSION);
        });

        // Encrypted at rest: no plaintext of the file in the stored bytes.
        List<byte[]> stored = jdbc.queryForList("SELECT ciphertext FROM encrypted_documents WHERE clinic_id = ?",
                byte[].class, setup.clinic());
        assertThat(stored).isNotEmpty();
        for (byte[] bytes : stored) {
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            assertThat(text).doesNotContain("W900112233").doesNotContain("DOE*JANE").doesNotContain("ISA*");
        }
        ClaimSubmitted submitted = PublishedClaimEvents.await(kafka, claimId, ClaimSubmitted.TYPE,
                ClaimSubmitted.class);
        assertThat(submitted.fileSha256()).isEqualTo(batch.path("fileSha256").asText());
        assertThat(submitted.interchangeControlNumber()).isEqualTo(icn);

        drop("answer-" + icn + ".999", accepting999(icn));
        drop("answer-" + icn + ".277", AcknowledgementFiles.claimAcknowledgement(800_000 + icn,
                LocalDate.parse("2026-12-01"), "1234567893",
                List.of(new AcknowledgementFiles.Answer(pcn, "A1", "20", null, "190"))));
        assertThat(poll(setup)).isGreaterThanOrEqualTo(2);
        assertThat(outcomeOf("answer-" + icn + ".999")).isEqualTo("APPLIED");
        assertThat(outcomeOf("answer-" + icn + ".277")).isEqualTo("APPLIED");
        awaitStatus(setup, claimId, "ACCEPTED");
        assertThat(claim(setup, claimId).path("payerClaimControlNumber").asText()).isEqualTo("PAYER" + pcn);
        ClaimAccepted accepted = PublishedClaimEvents.await(kafka, claimId, ClaimAccepted.TYPE, ClaimAccepted.class);
        assertThat(accepted.acknowledgement()).isEqualTo("277CA");
        // The same service again for the same patient is a duplicate of the accepted claim (read model's key).
        String again = UUID.randomUUID().toString();
        PublishedEvents.send(kafka, Topics.ENCOUNTER_EVENTS_V1, PublishedEncounterEvents.encounterConfirmed(again,
                setup.clinic(), 0, PublishedEncounterEvents.details(ids[1], ids[2], setup.payerId())));
        String duplicate = ClaimDrafting.claimIdOf(again);
        awaitStatus(setup, duplicate, "NEEDS_CORRECTION");
        assertThat(claim(setup, duplicate).path("edits").findValuesAsText("rule")).containsExactly("duplicate-claim");
        assertThat(claim(setup, duplicate).path("edits").get(0).path("problem").asText()).contains(claimId);
        try (Stream<Path> left = Files.list(DOWNLOAD)) {
            assertThat(left).as("taken in files are removed from the drop").isEmpty();
        }
        assertThat(poll(setup)).isZero();
        assertThat(transmission.sendPending()).as("nothing is sent twice").isZero();
        mvc.perform(get("/api/claims/batches/{id}", batch.path("batchId").asText())
                        .with(userOf(setup.clinic(), "auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.groupAcknowledgement").value("A"))
                .andExpect(jsonPath("$.sentAt").isNotEmpty());
        String history = mvc.perform(get("/api/claims/claims/{id}/history", claimId)
                        .with(userOf(setup.clinic(), "auditor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // A coverage event applied after the draft adds a "scrub requested": the order of topics is not fixed.
        assertThat(json.readTree(history).findValuesAsText("event")).startsWith("drafted")
                .containsSubsequence("scrubbed", "submitted", "accepted").endsWith("accepted");
    }

    @Test
    void aClaimRejectedByThe277CAIsQueuedWithTheReasonCorrectedAndResubmittedAsANewOriginal() throws Exception {
        Setup setup = clinic();
        String claimId = confirmedEncounter(setup, "REJ27701", true).split("\\|")[0];
        awaitStatus(setup, claimId, "READY");
        JsonNode batch = cut(setup).get(0);
        int icn = batch.path("interchangeControlNumber").asInt();
        String pcn = claim(setup, claimId).path("patientControlNumber").asText();

        drop("answer-" + icn + ".277", AcknowledgementFiles.claimAcknowledgement(800_000 + icn,
                LocalDate.parse("2026-12-01"), "1234567893",
                List.of(new AcknowledgementFiles.Answer(pcn, "A7", "562", "85", "190"))));
        assertThat(poll(setup)).isGreaterThanOrEqualTo(1);
        assertThat(outcomeOf("answer-" + icn + ".277")).isEqualTo("APPLIED");
        awaitStatus(setup, claimId, "REJECTED");
        ClaimRejected rejected = PublishedClaimEvents.await(kafka, claimId, ClaimRejected.TYPE, ClaimRejected.class);
        assertThat(rejected.statuses()).extracting("category", "code").containsExactly(
                org.assertj.core.groups.Tuple.tuple("A7", "562"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mvc.perform(get("/api/claims/work-queues/REJECTED").with(userOf(setup.clinic(), "biller")))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.items[0].claimId").value(claimId))
                        .andExpect(jsonPath("$.items[0].problem").value(
                                org.hamcrest.Matchers.containsString("277CA")))
                        .andExpect(jsonPath("$.items[0].timelyFilingDeadline").value("2027-11-27")));

        mvc.perform(put("/api/claims/claims/{id}/fields", claimId).with(userOf(setup.clinic(), "biller"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"priorAuthorization\":\"AUTH-55120\",\"delayReasonCode\":\"11\","
                                + "\"note\":\"RESUBMITTED WITH AUTHORIZATION\","
                                + "\"reason\":\"authorisation added\"}"))
                .andExpect(status().isAccepted());
        awaitStatus(setup, claimId, "READY");
        JsonNode second = cut(setup).get(0);
        assertThat(second.path("interchangeControlNumber").asInt()).isNotEqualTo(icn);
        ClaimResubmitted resubmitted = PublishedClaimEvents.await(kafka, claimId, ClaimResubmitted.TYPE,
                ClaimResubmitted.class);
        assertThat(resubmitted.previousPatientControlNumber()).isEqualTo(pcn);
        assertThat(resubmitted.patientControlNumber()).isEqualTo(pcn + "R1");
        assertThat(resubmitted.frequencyCode()).isEqualTo("1");
        assertThat(resubmitted.reason()).isEqualTo("authorisation added");
        String file = Files.readString(UPLOAD.resolve(second.path("fileName").asText()));
        ProfessionalClaim sentAgain = new Claim837Reader().read(file).billingProviders().get(0).claims().get(0);
        assertThat(sentAgain.claim().patientControlNumber()).isEqualTo(pcn + "R1");
        assertThat(sentAgain.claim().priorAuthorization()).contains("AUTH-55120");
        assertThat(sentAgain.claim().delayReason()).contains("11");
        assertThat(sentAgain.claim().note()).as("the note, sealed on the claim, opened for the file")
                .contains("RESUBMITTED WITH AUTHORIZATION");
        assertThat(jdbc.queryForObject("SELECT fields::text FROM rm_claim WHERE claim_id = ?::uuid", String.class,
                claimId)).doesNotContain("RESUBMITTED WITH AUTHORIZATION");
        byte[] downloaded = mvc.perform(get("/api/claims/batches/{id}/file", second.path("batchId").asText())
                        .with(userOf(setup.clinic(), "biller")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(downloaded, StandardCharsets.ISO_8859_1)).isEqualTo(file);
        mvc.perform(get("/api/claims/batches/{id}/file", second.path("batchId").asText())
                        .with(userOf(setup.clinic(), "auditor")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aClaimMissingItsCoverageNeedsCorrectionUntilPatientServiceAddsIt() throws Exception {
        Setup setup = clinic();
        String[] ids = confirmedEncounter(setup, null, false).split("\\|");
        String claimId = ids[0];
        awaitStatus(setup, claimId, "NEEDS_CORRECTION");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mvc.perform(get("/api/claims/work-queues/NEEDS_CORRECTION").with(userOf(setup.clinic(), "biller")))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.items[0].claimId").value(claimId))
                        .andExpect(jsonPath("$.items[0].problem").value(
                                org.hamcrest.Matchers.containsString("subscriber"))));
        assertThat(cut(setup)).as("nothing ready, nothing cut").isEmpty();

        addCoverage(setup, ids[1], ids[2], "W900445566");
        awaitStatus(setup, claimId, "READY");
    }

    @Test
    void malformedAndUnmatchedFilesAreRejectedWholeStoredForInspectionAndApplyNothing() throws Exception {
        Setup setup = clinic();
        String claimId = confirmedEncounter(setup, "W900998877", true).split("\\|")[0];
        awaitStatus(setup, claimId, "READY");
        int icn = cut(setup).get(0).path("interchangeControlNumber").asInt();
        String pcn = claim(setup, claimId).path("patientControlNumber").asText();
        String good = AcknowledgementFiles.claimAcknowledgement(800_000 + icn, LocalDate.parse("2026-12-01"),
                "1234567893", List.of(new AcknowledgementFiles.Answer(pcn, "A1", "20", null, "190")));

        drop("truncated-" + icn + ".277", good.substring(0, good.length() / 2));
        drop("unknown-" + icn + ".999", accepting999(999_999_000 + icn % 1000)); // a group never sent
        drop("miscounted-" + icn + ".277", good.replaceFirst("SE\\*\\d+\\*", "SE*3*"));
        assertThat(poll(setup)).isGreaterThanOrEqualTo(3);

        String body = mvc.perform(get("/api/claims/clearinghouse/files").param("outcome", "REJECTED")
                        .with(userOf(setup.clinic(), "biller")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Map<String, JsonNode> rejected = new java.util.HashMap<>();
        json.readTree(body).path("items").forEach(item -> rejected.put(item.path("fileName").asText(), item));
        assertThat(rejected).containsKeys("truncated-" + icn + ".277", "unknown-" + icn + ".999",
                "miscounted-" + icn + ".277");
        assertThat(rejected.get("miscounted-" + icn + ".277").path("problemSegmentPosition").asInt()).isPositive();
        assertThat(rejected.get("unknown-" + icn + ".999").path("problem").asText()).contains("never sent");
        assertThat(claim(setup, claimId).path("status").asText()).as("nothing applied").isEqualTo("SUBMITTED");
        mvc.perform(get("/api/claims/clearinghouse/files/{id}/content",
                        rejected.get("truncated-" + icn + ".277").path("fileId").asText())
                        .with(userOf(setup.clinic(), "biller")))
                .andExpect(status().isOk());

        // The well-formed file still applies afterwards.
        drop("good-" + icn + ".277", good);
        assertThat(poll(setup)).isGreaterThanOrEqualTo(1);
        assertThat(outcomeOf("good-" + icn + ".277")).isEqualTo("APPLIED");
        awaitStatus(setup, claimId, "ACCEPTED");
    }

    @Test
    void replayingTheClaimsProjectionSendsNoFileTwiceAndChangesNoClaim() throws Exception {
        Setup setup = clinic();
        String claimId = confirmedEncounter(setup, "W900776655", true).split("\\|")[0];
        awaitStatus(setup, claimId, "READY");
        cut(setup);
        awaitStatus(setup, claimId, "SUBMITTED");
        long filesBefore = filesSent();
        List<Map<String, Object>> before = jdbc.queryForList("SELECT claim_id, status, patient_control_number, "
                + "submission, batch_id, last_sequence FROM rm_claim ORDER BY claim_id");
        long eventsBefore = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);

        mvc.perform(post("/api/claims/operations/read-models/claims/rebuild").with(userOf(setup.clinic(), "admin")))
                .andExpect(status().is2xxSuccessful());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(jdbc.queryForList(
                "SELECT claim_id, status, patient_control_number, submission, batch_id, last_sequence FROM rm_claim "
                        + "ORDER BY claim_id")).isEqualTo(before));
        assertThat(transmission.sendPending()).isZero();
        assertThat(filesSent()).isEqualTo(filesBefore);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class))
                .as("no claim changed").isEqualTo(eventsBefore);
    }
}
