package io.claimline.simulator.clearinghouse;

import io.claimline.simulator.clearinghouse.ClaimFile.SubmittedClaim;
import io.claimline.simulator.x12.InterchangeParties;
import io.claimline.simulator.x12.X12Output;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the 277CA claim acknowledgement (005010X214) for the claims of an 837's accepted transaction sets:
 * <pre>
 * BHT*0085*08*ref*date*time*TH
 * 2000A HL 20, 2100A NM1*AY (this clearinghouse), 2200A TRN*1, DTP*050 received, DTP*009 processed
 * 2000B HL 21, 2100B NM1*41 (the 837's submitter), 2200B TRN*2 (the 837's BHT03), STC*A1:19:PR, QTY*90/AA counts,
 *       AMT*YU/YY amounts accepted and rejected
 * 2000C HL 19 per billing provider, 2100C NM1*85 (XX NPI), 2200C TRN*1, STC*A1:19:PR, QTY*QA/QC, AMT*YU/YY
 * 2000D HL PT per claim, 2100D NM1*QC (the patient, with the subscriber's member id),
 *       2200D TRN*2 (CLM01), STC (category:status[:entity], date, WQ accepted / U rejected, CLM02),
 *       REF*1K payer claim control number (accepted claims only), DTP*472*RD8 service period
 * </pre>
 */
final class ClaimAcknowledgementWriter {

    static final String IMPLEMENTATION = "005010X214";
    static final String[] ACCEPTED = {"A1", "20"};
    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

    private ClaimAcknowledgementWriter() {
    }

    /**
     * One claim's status: {@code rule} null for accepted (then {@code payerClaimControlNumber} is set), else the
     * rule that rejects it.
     */
    record ClaimStatus(SubmittedClaim claim, ClaimRule rejection, String payerClaimControlNumber) {

        boolean accepted() {
            return rejection == null;
        }
    }

    /** {@code source}: this clearinghouse's name and id (NM1*AY, qualifier 46). */
    static String write(InterchangeParties parties, long controlNumber, ZonedDateTime at, String sourceName,
            String sourceId, String submitterName, String submitterId, String batchReference,
            List<ClaimStatus> claims) {
        X12Output out = new X12Output(parties, controlNumber, at, "HN", "277", IMPLEMENTATION);
        String date = at.format(CCYYMMDD);
        String trace = "SIM" + controlNumber;
        out.segment("BHT", "0085", "08", trace, date, at.format(HHMM), "TH");
        int hl = 1;
        out.segment("HL", "1", "", "20", "1");
        out.segment("NM1", "AY", "2", sourceName, "", "", "", "", "46", sourceId);
        out.segment("TRN", "1", trace);
        out.segment("DTP", "050", "D8", date);
        out.segment("DTP", "009", "D8", date);
        hl++;
        out.segment("HL", "2", "1", "21", "1");
        out.segment("NM1", "41", "2", or(submitterName, "SUBMITTER"), "", "", "", "", "46",
                or(submitterId, parties.receiverId()));
        out.segment("TRN", "2", or(batchReference, trace));
        Totals all = Totals.of(claims);
        out.segment("STC", X12Output.composite("A1", "19", "PR"), date, "WQ", money(all.acceptedAmount.add(all.rejectedAmount)));
        all.write(out, "90", "AA");
        Map<String, List<ClaimStatus>> byProvider = new LinkedHashMap<>();
        claims.forEach(status -> byProvider.computeIfAbsent(
                status.claim().billingProviderNpi() + "\u0000" + status.claim().billingProviderName(),
                key -> new java.util.ArrayList<>()).add(status));
        int providerTrace = 0;
        for (List<ClaimStatus> provider : byProvider.values()) {
            SubmittedClaim first = provider.get(0).claim();
            int providerLevel = ++hl;
            out.segment("HL", Integer.toString(providerLevel), "2", "19", "1");
            out.segment("NM1", "85", "2", or(first.billingProviderName(), "PROVIDER"), "", "", "", "", "XX",
                    first.billingProviderNpi());
            out.segment("TRN", "1", trace + "-" + (++providerTrace));
            // 2200C STC is required (STC02 not used at this level): the provider's claims were received.
            out.segment("STC", X12Output.composite("A1", "19", "PR"), "", "WQ", money(provider.stream()
                    .map(status -> status.claim().totalCharge()).reduce(java.math.BigDecimal.ZERO,
                            java.math.BigDecimal::add)));
            Totals.of(provider).write(out, "QA", "QC");
            for (ClaimStatus status : provider) {
                SubmittedClaim claim = status.claim();
                out.segment("HL", Integer.toString(++hl), Integer.toString(providerLevel), "PT");
                // NM108/NM109 are required: a dependent is named with the subscriber's member id.
                out.segment("NM1", "QC", "1", or(claim.patientLastName(), "UNKNOWN"), claim.patientFirstName(),
                        "", "", "", "MI", claim.memberId());
                out.segment("TRN", "2", claim.patientControlNumber());
                if (status.accepted()) {
                    out.segment("STC", X12Output.composite(ACCEPTED), date, "WQ", money(claim.totalCharge()));
                    out.segment("REF", "1K", status.payerClaimControlNumber());
                } else {
                    out.segment("STC", X12Output.composite(status.rejection().statusComponents()), date, "U",
                            money(claim.totalCharge()));
                }
                LocalDate from = claim.firstServiceDate();
                LocalDate to = claim.lastServiceDate();
                if (from != null) {
                    out.segment("DTP", "472", "RD8", from.format(CCYYMMDD) + "-" + to.format(CCYYMMDD));
                }
            }
        }
        return out.finish();
    }

    private static String money(BigDecimal amount) {
        return amount.stripTrailingZeros().scale() <= 0 ? amount.setScale(0, java.math.RoundingMode.UNNECESSARY)
                .toPlainString() : amount.stripTrailingZeros().toPlainString();
    }

    private static String or(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value;
    }

    private record Totals(int accepted, int rejected, BigDecimal acceptedAmount, BigDecimal rejectedAmount) {

        static Totals of(List<ClaimStatus> claims) {
            int accepted = 0;
            int rejected = 0;
            BigDecimal acceptedAmount = BigDecimal.ZERO;
            BigDecimal rejectedAmount = BigDecimal.ZERO;
            for (ClaimStatus status : claims) {
                if (status.accepted()) {
                    accepted++;
                    acceptedAmount = acceptedAmount.add(status.claim().totalCharge());
                } else {
                    rejected++;
                    rejectedAmount = rejectedAmount.add(status.claim().totalCharge());
                }
            }
            return new Totals(accepted, rejected, acceptedAmount, rejectedAmount);
        }

        /** QTY accepted/rejected (when non-zero) and AMT*YU/YY (when non-zero), as the guide's notes ask. */
        void write(X12Output out, String acceptedQualifier, String rejectedQualifier) {
            if (accepted > 0) {
                out.segment("QTY", acceptedQualifier, Integer.toString(accepted));
            }
            if (rejected > 0) {
                out.segment("QTY", rejectedQualifier, Integer.toString(rejected));
            }
            if (accepted > 0) {
                out.segment("AMT", "YU", money(acceptedAmount));
            }
            if (rejected > 0) {
                out.segment("AMT", "YY", money(rejectedAmount));
            }
        }
    }
}
