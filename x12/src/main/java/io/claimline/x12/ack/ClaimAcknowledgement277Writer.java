package io.claimline.x12.ack;

import io.claimline.x12.Envelope;
import io.claimline.x12.X12RejectedException;
import io.claimline.x12.X12Writer;
import io.claimline.x12.X12Writer.Composite;
import io.claimline.x12.X12Writer.Transaction;
import io.xlate.edi.stream.EDIStreamException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes a 277CA (005010X214) as a payer or clearinghouse does: the payer simulator, claims-service tests and the
 * benchmark use it to produce acknowledgement files. HLs are numbered 1, 2, 3...: the source (20), the receiver
 * (21), then per provider (19) one patient level (PT) per claim. Statuses are written three to an STC (STC01,
 * STC10, STC11), each STC with the level's date and charge; the action code (STC03) is WQ for an accepted first
 * category and U otherwise (always U for a line, the only code the guide allows there). The interchange is read back
 * through {@link ClaimAcknowledgement277Reader} before it is returned, so a 277CA that does not conform throws
 * {@link X12RejectedException} and nothing is returned.
 */
public final class ClaimAcknowledgement277Writer {

    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

    /**
     * @param envelope the 277CA's own envelope; its control numbers and creation time must be the report's (build
     *                 the report with {@link ClaimAcknowledgementReport#of})
     * @throws IllegalArgumentException the report's control numbers or creation time differ from the envelope's,
     *                                  or a provider has no claims (2000C must have a patient level under it)
     * @throws X12RejectedException     the file written does not conform (a bug, never expected)
     */
    public String write(Envelope envelope, ClaimAcknowledgementReport report) {
        ClaimAcknowledgementReport expected = ClaimAcknowledgementReport.of(envelope, report.reference(),
                report.source(), report.receiver(), report.providers());
        if (!expected.interchangeControlNumber().equals(report.interchangeControlNumber())
                || !expected.groupControlNumber().equals(report.groupControlNumber())
                || !expected.transactionSetControlNumber().equals(report.transactionSetControlNumber())) {
            throw new IllegalArgumentException("report control numbers must be the envelope's");
        }
        if (!expected.created().equals(report.created())) {
            throw new IllegalArgumentException("report.created must be the envelope's creation time");
        }
        if (report.providers().stream().anyMatch(provider -> provider.claims().isEmpty())) {
            throw new IllegalArgumentException("provider.claims must not be empty in a 277CA to write");
        }
        String interchange = X12Writer.write(envelope, AckGuides.CLAIM_ACK_277, tx -> body(tx, report));
        new ClaimAcknowledgement277Reader().read(interchange);
        return interchange;
    }

    private static void body(Transaction tx, ClaimAcknowledgementReport report) throws EDIStreamException {
        tx.segment("BHT", "0085", "08", report.reference(), report.created().format(CCYYMMDD),
                report.created().format(HHMM), "TH");
        AcknowledgementSource source = report.source();
        tx.segment("HL", "1", null, "20", "1");
        tx.segment("NM1", source.type().code(), "2", source.name(), null, null, null, null,
                source.type().identifierQualifier(), source.identifier());
        tx.segment("TRN", "1", source.traceNumber());
        tx.segment("DTP", "050", "D8", source.receiptDate().format(CCYYMMDD));
        tx.segment("DTP", "009", "D8", source.processDate().format(CCYYMMDD));

        AcknowledgementReceiver receiver = report.receiver();
        tx.segment("HL", "2", "1", "21", report.providers().isEmpty() ? "0" : "1");
        tx.segment("NM1", "41", "2", receiver.name(), null, null, null, null, "46", receiver.identifier());
        tx.segment("TRN", "2", receiver.batchTrace());
        statuses(tx, receiver.statuses(), Optional.of(receiver.statusDate()), action(receiver.statuses()),
                Optional.of(receiver.totalCharge()));
        totals(tx, receiver.totals(), "90", "AA");

        int id = 2;
        for (ProviderAcknowledgement provider : report.providers()) {
            int providerId = ++id;
            tx.segment("HL", String.valueOf(providerId), "2", "19", "1");
            tx.segment("NM1", "85", "2", provider.name(), null, null, null, null, provider.identifierQualifier(),
                    provider.identifier());
            tx.segment("TRN", "1", provider.traceNumber());
            statuses(tx, provider.statuses(), Optional.empty(), action(provider.statuses()),
                    Optional.of(provider.totalCharge()));
            totals(tx, provider.totals(), "QA", "QC");
            for (ClaimStatus claim : provider.claims()) {
                tx.segment("HL", String.valueOf(++id), String.valueOf(providerId), "PT");
                AcknowledgedPatient patient = claim.patient();
                tx.segment("NM1", "QC", "1", patient.lastName(), patient.firstName().orElse(null), null, null, null,
                        "MI", patient.memberId());
                claim(tx, claim);
            }
        }
    }

    private static void claim(Transaction tx, ClaimStatus claim) throws EDIStreamException {
        tx.segment("TRN", "2", claim.patientControlNumber());
        statuses(tx, claim.statuses(), Optional.of(claim.statusDate()), action(claim.statuses()),
                Optional.of(claim.totalCharge()));
        if (claim.payerClaimControlNumber().isPresent()) {
            tx.segment("REF", "1K", claim.payerClaimControlNumber().get());
        }
        if (claim.clearinghouseTraceNumber().isPresent()) {
            tx.segment("REF", "D9", claim.clearinghouseTraceNumber().get());
        }
        period(tx, claim.serviceFrom(), claim.serviceTo());
        for (LineStatus line : claim.lines()) {
            List<String> procedure = new ArrayList<>(List.of("HC", line.procedureCode()));
            procedure.addAll(line.modifiers());
            tx.segment("SVC", new Composite(procedure), amount(line.charge()));
            statuses(tx, line.statuses(), Optional.of(line.statusDate()), "U", Optional.empty());
            if (line.lineItemControlNumber().isPresent()) {
                tx.segment("REF", "FJ", line.lineItemControlNumber().get());
            }
            if (line.serviceFrom().isPresent()) {
                period(tx, line.serviceFrom().get(), line.serviceTo().get());
            }
        }
    }

    /** One STC per three composites (STC01, STC10, STC11), each with the same date, action and charge. */
    private static void statuses(Transaction tx, List<StatusCode> codes, Optional<LocalDate> date, String action,
            Optional<BigDecimal> charge) throws EDIStreamException {
        for (int start = 0; start < codes.size(); start += 3) {
            List<StatusCode> chunk = codes.subList(start, Math.min(start + 3, codes.size()));
            Object[] elements = new Object[chunk.size() == 1 ? 4 : 9 + chunk.size()];
            elements[0] = composite(chunk.get(0));
            elements[1] = date.map(d -> d.format(CCYYMMDD)).orElse(null);
            elements[2] = action;
            elements[3] = charge.map(ClaimAcknowledgement277Writer::amount).orElse(null);
            for (int i = 1; i < chunk.size(); i++) {
                elements[8 + i] = composite(chunk.get(i));
            }
            tx.segment("STC", elements);
        }
    }

    private static Composite composite(StatusCode code) {
        return code.entity()
                .map(entity -> new Composite(code.category(), code.status(), entity))
                .orElseGet(() -> new Composite(code.category(), code.status()));
    }

    private static String action(List<StatusCode> codes) {
        return codes.get(0).outcome() == StatusCode.Outcome.ACCEPTED ? "WQ" : "U";
    }

    private static void totals(Transaction tx, StatusTotals totals, String accepted, String rejected)
            throws EDIStreamException {
        if (totals.acceptedQuantity().isPresent()) {
            tx.segment("QTY", accepted, String.valueOf(totals.acceptedQuantity().get()));
        }
        if (totals.rejectedQuantity().isPresent()) {
            tx.segment("QTY", rejected, String.valueOf(totals.rejectedQuantity().get()));
        }
        if (totals.acceptedAmount().isPresent()) {
            tx.segment("AMT", "YU", amount(totals.acceptedAmount().get()));
        }
        if (totals.rejectedAmount().isPresent()) {
            tx.segment("AMT", "YY", amount(totals.rejectedAmount().get()));
        }
    }

    private static void period(Transaction tx, LocalDate from, LocalDate to) throws EDIStreamException {
        if (from.equals(to)) {
            tx.segment("DTP", "472", "D8", from.format(CCYYMMDD));
        } else {
            tx.segment("DTP", "472", "RD8", from.format(CCYYMMDD) + "-" + to.format(CCYYMMDD));
        }
    }

    /** Amounts without trailing zeros ({@code 125}, {@code 62.5}), as the 837 writer writes them. */
    private static String amount(BigDecimal amount) {
        BigDecimal plain = amount.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
    }
}
