package io.claimline.testsupport;

import io.claimline.contracts.IntegrationEvent;
import io.claimline.contracts.IntegrationEventCodec;
import io.claimline.contracts.Topics;
import io.claimline.contracts.claims.v1.Acknowledgements;
import io.claimline.contracts.claims.v1.ClaimAccepted;
import io.claimline.contracts.claims.v1.ClaimCreated;
import io.claimline.contracts.claims.v1.ClaimRejected;
import io.claimline.contracts.claims.v1.ClaimResubmitted;
import io.claimline.contracts.claims.v1.ClaimStatus;
import io.claimline.contracts.claims.v1.ClaimSubmitted;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Claim integration events as claims-service publishes them ({@code claims.claim-events.v1}; the aggregate and the
 * key are the claim id): to send to a consuming service under test (billing, collections, reporting) with
 * {@link PublishedEvents#send}, and to read or await what claims-service published ({@link #ofType},
 * {@link #await}, {@link #payload}). The claim is the sample's: an office visit (99213-25, 150.00) and an ECG (93000,
 * 40.00) for E119 and I10 on {@link #DATE_OF_SERVICE}, unless {@link #line} gives others. Amounts are strings of
 * dollars ({@code "190.00"}).
 */
public final class PublishedClaimEvents {

    public static final LocalDate DATE_OF_SERVICE = LocalDate.parse("2026-11-27");
    public static final LocalDate TIMELY_FILING_DEADLINE = DATE_OF_SERVICE.plusDays(90);
    public static final String BILLING_NPI = "1234567893";
    public static final String RENDERING_NPI = "1112223338";

    private static final IntegrationEventCodec CODEC = new IntegrationEventCodec();
    private static final Instant CREATED_AT = Instant.parse("2026-11-27T16:42:12Z");

    private PublishedClaimEvents() {
    }

    /** A patient control number derived from the claim id (CLM01-safe, 14 characters), as stable as the id. */
    public static String patientControlNumber(String claimId) {
        return "CL" + claimId.replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);
    }

    /** A service line on the date of service pointing at the first diagnosis; its id derives from its number. */
    public static ClaimCreated.Line line(int number, String procedureCode, String charge) {
        return new ClaimCreated.Line(lineId(number), number, DATE_OF_SERVICE, procedureCode, List.of(), 1, List.of(1),
                new BigDecimal(charge));
    }

    /** The line id of line {@code number}, as {@link PublishedEncounterEvents#line} derives it. */
    public static String lineId(int number) {
        return UUID.nameUUIDFromBytes(("line-" + number).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The sample's claim (two lines, 190.00) for the encounter's patient, coverage and payer. */
    public static IntegrationEvent claimCreated(String claimId, String clinicId, long sequence, String encounterId,
            String patientId, String coverageId, String payerId) {
        ClaimCreated.Line visit = new ClaimCreated.Line(lineId(1), 1, DATE_OF_SERVICE, "99213", List.of("25"), 1,
                List.of(1, 2), new BigDecimal("150.00"));
        return claimCreated(claimId, clinicId, sequence, encounterId, patientId, coverageId, payerId,
                List.of(visit, line(2, "93000", "40.00")));
    }

    /** A claim of the given lines (the total is their sum), for diagnoses E119 and I10. */
    public static IntegrationEvent claimCreated(String claimId, String clinicId, long sequence, String encounterId,
            String patientId, String coverageId, String payerId, List<ClaimCreated.Line> lines) {
        return event(claimId, clinicId, sequence, ClaimCreated.TYPE, CREATED_AT, new ClaimCreated(claimId,
                encounterId, 1, patientId, coverageId, payerId, patientControlNumber(claimId), BILLING_NPI,
                RENDERING_NPI, DATE_OF_SERVICE, DATE_OF_SERVICE, "11", List.of("E119", "I10"), lines, total(lines),
                CREATED_AT, "biller-1"));
    }

    /** The first sending (submission 1, frequency 1) in a new batch. */
    public static IntegrationEvent claimSubmitted(String claimId, String clinicId, long sequence, String payerId,
            String totalCharge) {
        Instant at = CREATED_AT.plusSeconds(3600);
        int controlNumber = controlNumber(sequence);
        return event(claimId, clinicId, sequence, ClaimSubmitted.TYPE, at, new ClaimSubmitted(claimId,
                patientControlNumber(claimId), 1, "1", payerId, UUID.randomUUID().toString(), controlNumber,
                controlNumber, 1, sha256(claimId + "/1"), new BigDecimal(totalCharge), at, "biller-1",
                TIMELY_FILING_DEADLINE));
    }

    /** The payer's 277CA took {@code submission} in (A1/19 acknowledged, A2/20 accepted into adjudication). */
    public static IntegrationEvent claimAccepted(String claimId, String clinicId, long sequence,
            String patientControlNumber, int submission) {
        Instant at = CREATED_AT.plusSeconds(86_400L * submission);
        return event(claimId, clinicId, sequence, ClaimAccepted.TYPE, at, new ClaimAccepted(claimId,
                patientControlNumber, submission, Acknowledgements.CLAIM_277CA, "PCCN" + controlNumber(sequence),
                List.of(new ClaimStatus("A1", "19", "PR"), new ClaimStatus("A2", "20", null)), at));
    }

    /** The payer's 277CA rejected {@code submission} (A7/562: the billing provider's identifier), with a reason. */
    public static IntegrationEvent claimRejected(String claimId, String clinicId, long sequence,
            String patientControlNumber, int submission, String reason) {
        Instant at = CREATED_AT.plusSeconds(86_400L * submission - 3600);
        return event(claimId, clinicId, sequence, ClaimRejected.TYPE, at, new ClaimRejected(claimId,
                patientControlNumber, submission, Acknowledgements.CLAIM_277CA,
                List.of(new ClaimStatus("A7", "562", "85")), List.of(), reason, at, TIMELY_FILING_DEADLINE));
    }

    /**
     * The corrected claim sent again as {@code submission} (2 or more) in a new batch, under the patient control
     * number it had ({@code previousPatientControlNumber}) or a new one.
     */
    public static IntegrationEvent claimResubmitted(String claimId, String clinicId, long sequence,
            String previousPatientControlNumber, String patientControlNumber, int submission, String payerId,
            String totalCharge, String reason) {
        Instant at = CREATED_AT.plusSeconds(86_400L * submission - 1800);
        int controlNumber = controlNumber(sequence);
        return event(claimId, clinicId, sequence, ClaimResubmitted.TYPE, at, new ClaimResubmitted(claimId,
                previousPatientControlNumber, patientControlNumber, submission, "1", payerId,
                UUID.randomUUID().toString(), controlNumber, controlNumber, 1, sha256(claimId + "/" + submission),
                new BigDecimal(totalCharge), at, "biller-1", reason, TIMELY_FILING_DEADLINE));
    }

    /** Matches a record claims-service published on {@link Topics#CLAIM_EVENTS_V1} for the claim, of the type. */
    public static Predicate<ConsumerRecord<String, byte[]>> ofType(String claimId, String type) {
        return record -> claimId.equals(record.key())
                && type.equals(KafkaTestClient.header(record, Topics.HEADER_TYPE).orElse(null));
    }

    /**
     * Waits (through {@link KafkaTestClient#awaitRecord}, so with Awaitility, never a sleep) until claims-service has
     * published an event of the type for the claim, and reads its payload as the contract type.
     */
    public static <T> T await(KafkaTestClient kafka, String claimId, String type, Class<T> payloadType) {
        return payload(kafka.awaitRecord(Topics.CLAIM_EVENTS_V1, ofType(claimId, type)), payloadType);
    }

    /** The envelope of a published record. */
    public static IntegrationEvent envelope(ConsumerRecord<String, byte[]> record) {
        return CODEC.decode(record.value());
    }

    /** The payload of a published record, as the contract type. */
    public static <T> T payload(ConsumerRecord<String, byte[]> record, Class<T> type) {
        return CODEC.payload(envelope(record), type);
    }

    private static BigDecimal total(List<ClaimCreated.Line> lines) {
        return lines.stream().map(ClaimCreated.Line::charge).reduce(new BigDecimal("0.00"), BigDecimal::add);
    }

    /** ISA13/GS06 of a made-up file: in range (1..999999999) and different per event of one claim. */
    private static int controlNumber(long sequence) {
        return (int) (sequence % 999_999_999L) + 1;
    }

    private static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static IntegrationEvent event(String claimId, String clinicId, long sequence, String type, Instant at,
            Object payload) {
        return new IntegrationEvent(UUID.randomUUID().toString(), type, 1, at, "Claim", claimId, sequence, clinicId,
                "corr-" + claimId, UUID.randomUUID().toString(), CODEC.toPayload(payload));
    }
}
