package io.claimline.simulator.clearinghouse;

import io.claimline.simulator.x12.Segment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An 837P interchange as the clearinghouse read it: the envelope, what is wrong with the interchange or its group
 * (control numbers and counts that disagree), and each transaction set with its own errors and its claims.
 *
 * @param interchangeNoteCode null when the interchange envelope is sound, else the TA105 code that rejects it
 */
public record ClaimFile(Segment isa, Segment gs, String interchangeNoteCode, String groupErrorCode,
        List<ClaimSet> sets) {

    public ClaimFile {
        Objects.requireNonNull(isa, "isa");
        sets = List.copyOf(sets);
    }

    public String interchangeControlNumber() {
        return isa.element(13);
    }

    /** ISA14 = 1: the sender asked for a TA1. */
    public boolean ta1Requested() {
        return isa.element(14).equals("1");
    }

    public List<SubmittedClaim> claims() {
        return sets.stream().flatMap(set -> set.claims().stream()).toList();
    }

    /**
     * One ST/SE transaction set: its header, the 999 errors found in it (IK3/IK4, with IK502 in
     * {@code setErrorCode}, null when it conforms), the submitter (1000A) and BHT03, and its claims.
     */
    public record ClaimSet(Segment st, List<SetError> errors, String setErrorCode, String submitterName,
            String submitterId, String batchReference, List<SubmittedClaim> claims) {

        public ClaimSet {
            errors = List.copyOf(errors);
            claims = List.copyOf(claims);
        }

        public String controlNumber() {
            return st.element(2);
        }

        public boolean conforms() {
            return setErrorCode == null;
        }
    }

    /**
     * An error for IK3 (segment id, position in the set with ST = 1, the guide's loop, IK304 code or "") and, when
     * an element is at fault, IK4 (position, component or 0, data element number or "", IK403 code).
     */
    public record SetError(String segmentId, int position, String loop, String segmentCode, int element,
            int component, String elementReference, String elementCode) {
    }

    /**
     * One claim (loop 2300) with what the answers need: CLM01 and CLM02, the subscriber's member id (2010BA NM109),
     * the payer (2010BB), the billing provider (2010AA), the patient's name (2010CA, or the subscriber's when the
     * patient is the subscriber), its service lines, and where the segments of its hierarchy stood in the set
     * ({@code positions}: "loop:segment id" to the position, for a 999 that points at them).
     */
    public record SubmittedClaim(String setControlNumber, String patientControlNumber, BigDecimal totalCharge,
            String memberId, String payerId, String payerName, String billingProviderName,
            String billingProviderNpi, String patientLastName, String patientFirstName, boolean patientIsSubscriber,
            List<ServiceLine> lines, Map<String, Integer> positions) {

        public SubmittedClaim {
            lines = List.copyOf(lines);
            positions = Map.copyOf(positions);
        }

        /** The service dates of all lines: first and last. */
        public LocalDate firstServiceDate() {
            return lines.stream().map(ServiceLine::from).filter(Objects::nonNull).min(LocalDate::compareTo)
                    .orElse(null);
        }

        public LocalDate lastServiceDate() {
            return lines.stream().map(ServiceLine::to).filter(Objects::nonNull).max(LocalDate::compareTo)
                    .orElse(null);
        }
    }

    /** One service line (loop 2400): SV102, REF*6R and DTP*472 (a date or a range). */
    public record ServiceLine(BigDecimal charge, String lineControlNumber, LocalDate from, LocalDate to) {
    }
}
