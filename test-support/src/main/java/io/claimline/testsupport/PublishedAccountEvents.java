package io.claimline.testsupport;

import io.claimline.contracts.IntegrationEvent;
import io.claimline.contracts.IntegrationEventCodec;
import io.claimline.contracts.Topics;
import io.claimline.contracts.accounts.v1.AdjustmentPosted;
import io.claimline.contracts.accounts.v1.AppliedAmount;
import io.claimline.contracts.accounts.v1.BalanceChanged;
import io.claimline.contracts.accounts.v1.ChargePosted;
import io.claimline.contracts.accounts.v1.PaymentPosted;
import io.claimline.contracts.accounts.v1.StatementIssued;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Guarantor-account integration events as billing-service publishes them ({@code billing.account-events.v1}; the
 * aggregate and the key are the account id): to send to a consuming service under test with
 * {@link PublishedEvents#send}, and to read what billing published ({@link #ofType}, {@link #payload}). Amounts are
 * strings of dollars ({@code "40.00"}); a responsibility is {@code PATIENT} or {@link #payer(String)}.
 */
public final class PublishedAccountEvents {

    public static final LocalDate DATE_OF_SERVICE = LocalDate.parse("2026-11-27");
    public static final String PATIENT = "PATIENT";

    private static final IntegrationEventCodec CODEC = new IntegrationEventCodec();
    private static final Instant POSTED_AT = Instant.parse("2026-11-27T17:05:42Z");

    private PublishedAccountEvents() {
    }

    public static String payer(String payerId) {
        return "PAYER:" + payerId;
    }

    /** A line's charge (an office visit, 99213) owed first by {@code responsibility}. */
    public static IntegrationEvent chargePosted(String accountId, String clinicId, long sequence, String patientId,
            String lineId, String responsibility, String amount) {
        return event(accountId, clinicId, sequence, ChargePosted.TYPE, new ChargePosted(clinicId, accountId,
                UUID.randomUUID().toString(), UUID.randomUUID().toString(), lineId, patientId, DATE_OF_SERVICE,
                "99213", List.of(), responsibility, new BigDecimal(amount), POSTED_AT));
    }

    /** A patient's cash payment; {@code applied} maps line ids to the amounts applied to them. */
    public static IntegrationEvent paymentPosted(String accountId, String clinicId, long sequence, String amount,
            Map<String, String> applied, String unapplied) {
        return event(accountId, clinicId, sequence, PaymentPosted.TYPE, new PaymentPosted(clinicId, accountId,
                UUID.randomUUID().toString(), PATIENT, "CASH", "R-" + sequence, null, DATE_OF_SERVICE,
                new BigDecimal(amount), applied(applied), new BigDecimal(unapplied), POSTED_AT));
    }

    /** An adjustment of {@code responsibility}'s share (negative {@code amount}: a bad-debt recovery). */
    public static IntegrationEvent adjustmentPosted(String accountId, String clinicId, long sequence, String reason,
            String responsibility, String amount, Map<String, String> applied) {
        return event(accountId, clinicId, sequence, AdjustmentPosted.TYPE, new AdjustmentPosted(clinicId, accountId,
                UUID.randomUUID().toString(), reason, responsibility, new BigDecimal(amount), applied(applied), null,
                POSTED_AT));
    }

    /**
     * The account's balances after a posting; {@code balances} maps responsibilities to what they owe (the account's
     * balance is their sum). Carries the posting's sequence, as billing publishes it.
     */
    public static IntegrationEvent balanceChanged(String accountId, String clinicId, long sequence, String cause,
            Map<String, String> balances, String unappliedCredit) {
        List<BalanceChanged.ResponsibilityBalance> rows = balances.entrySet().stream()
                .map(e -> new BalanceChanged.ResponsibilityBalance(e.getKey(), new BigDecimal(e.getValue())))
                .toList();
        BigDecimal total = rows.stream().map(BalanceChanged.ResponsibilityBalance::balance)
                .reduce(new BigDecimal("0.00"), BigDecimal::add);
        return event(accountId, clinicId, sequence, BalanceChanged.TYPE, new BalanceChanged(clinicId, accountId,
                cause, UUID.randomUUID().toString(), null, rows, total, new BigDecimal(unappliedCredit), POSTED_AT));
    }

    /** A statement of one patient's visit (one line) asking {@code patientDue}, nothing awaiting insurance. */
    public static IntegrationEvent statementIssued(String accountId, String clinicId, long sequence, String patientId,
            String statementNumber, LocalDate issuedOn, String patientDue) {
        BigDecimal due = new BigDecimal(patientDue);
        BigDecimal zero = new BigDecimal("0.00");
        StatementIssued.Line line = new StatementIssued.Line(UUID.randomUUID().toString(), "99213", List.of(), due,
                zero, zero, zero, zero, due);
        return event(accountId, clinicId, sequence, StatementIssued.TYPE, new StatementIssued(clinicId, accountId,
                UUID.randomUUID().toString(), statementNumber, issuedOn, issuedOn.plusDays(30),
                List.of(new StatementIssued.DateOfService(patientId, DATE_OF_SERVICE, List.of(line), due, zero, zero,
                        zero, zero, due)), zero, due, zero, due, false, issuedOn.atStartOfDay().toInstant(
                        java.time.ZoneOffset.UTC)));
    }

    /** Matches a record billing published on {@link Topics#ACCOUNT_EVENTS_V1} for the account, of the type. */
    public static Predicate<ConsumerRecord<String, byte[]>> ofType(String accountId, String type) {
        return record -> accountId.equals(record.key())
                && type.equals(KafkaTestClient.header(record, Topics.HEADER_TYPE).orElse(null));
    }

    /** The envelope of a published record. */
    public static IntegrationEvent envelope(ConsumerRecord<String, byte[]> record) {
        return CODEC.decode(record.value());
    }

    /** The payload of a published record, as the contract type. */
    public static <T> T payload(ConsumerRecord<String, byte[]> record, Class<T> type) {
        return CODEC.payload(envelope(record), type);
    }

    private static List<AppliedAmount> applied(Map<String, String> applied) {
        return applied.entrySet().stream().map(e -> new AppliedAmount(e.getKey(), new BigDecimal(e.getValue())))
                .toList();
    }

    private static IntegrationEvent event(String accountId, String clinicId, long sequence, String type,
            Object payload) {
        return new IntegrationEvent(UUID.randomUUID().toString(), type, 1, POSTED_AT, "PatientAccount", accountId,
                sequence, clinicId, "corr-" + accountId, UUID.randomUUID().toString(), CODEC.toPayload(payload));
    }
}
