package io.claimline.x12.claim;

import io.claimline.x12.X12Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Loop 2400: one service line (LX, SV1, DTP*472, REF*6R, NTE).
 *
 * @param procedureCode     SV101-2 with qualifier HC: a CPT or HCPCS Level II code (5 letters or digits)
 * @param modifiers         SV101-3..6, up to four two-character modifiers in billing order
 * @param charge            SV102, the line's charge
 * @param units             SV104 with SV103 UN, more than zero, up to three decimals
 * @param placeOfService    SV105, only when it differs from the claim's CLM05-1
 * @param diagnosisPointers SV107, 1 to 4 distinct positions (1-based) in the claim's diagnosis list, most important
 *                          first
 * @param serviceDate       DTP*472, the date of service (or the first of a range)
 * @param serviceDateTo     the last date of a range (RD8); empty for a single day
 * @param lineControlNumber REF*6R, our line id, echoed by the payer in the 835 to match payments to lines
 * @param note              NTE*ADD, up to 80 characters of free text
 */
public record ServiceLine(String procedureCode, List<String> modifiers, BigDecimal charge, BigDecimal units,
        Optional<String> placeOfService, List<Integer> diagnosisPointers, LocalDate serviceDate,
        Optional<LocalDate> serviceDateTo, String lineControlNumber, Optional<String> note) {

    private static final Pattern PROCEDURE = Pattern.compile("[A-Z0-9]{5}");
    private static final Pattern MODIFIER = Pattern.compile("[A-Z0-9]{2}");
    private static final Pattern PLACE_OF_SERVICE = Pattern.compile("\\d{2}");
    private static final BigDecimal MAX_UNITS = new BigDecimal("99999");

    public ServiceLine {
        if (procedureCode == null || !PROCEDURE.matcher(procedureCode).matches()) {
            throw new IllegalArgumentException("line.procedureCode must be 5 upper-case letters or digits");
        }
        modifiers = Checks.list("line.modifiers", modifiers, 0, 4);
        if (!modifiers.stream().allMatch(modifier -> MODIFIER.matcher(modifier).matches())) {
            throw new IllegalArgumentException("line.modifiers must be two upper-case letters or digits each");
        }
        charge = Checks.amount("line.charge", charge);
        units = units(units);
        Checks.optional("line.placeOfService", placeOfService).ifPresent(code -> {
            if (!PLACE_OF_SERVICE.matcher(code).matches()) {
                throw new IllegalArgumentException("line.placeOfService must be a two-digit code");
            }
        });
        diagnosisPointers = Checks.list("line.diagnosisPointers", diagnosisPointers, 1, 4);
        if (!diagnosisPointers.stream().allMatch(pointer -> pointer >= 1 && pointer <= 12)) {
            throw new IllegalArgumentException("line.diagnosisPointers must be between 1 and 12");
        }
        if (new HashSet<>(diagnosisPointers).size() != diagnosisPointers.size()) {
            throw new IllegalArgumentException("line.diagnosisPointers must not repeat a diagnosis");
        }
        Checks.required("line.serviceDate", serviceDate);
        serviceDateTo = Checks.optional("line.serviceDateTo", serviceDateTo).filter(to -> !to.equals(serviceDate));
        if (serviceDateTo.isPresent() && serviceDateTo.get().isBefore(serviceDate)) {
            throw new IllegalArgumentException("line.serviceDateTo must not be before line.serviceDate");
        }
        X12Text.requireIdentifier("line.lineControlNumber", lineControlNumber, 1, 50);
        note = Checks.optional("line.note", note).map(text -> X12Text.clean(text, 80)).filter(t -> !t.isEmpty());
    }

    /** The last day of service: the range's end, or the single date. */
    public LocalDate lastServiceDate() {
        return serviceDateTo.orElse(serviceDate);
    }

    private static BigDecimal units(BigDecimal units) {
        Checks.required("line.units", units);
        BigDecimal plain = units.stripTrailingZeros();
        if (plain.scale() < 0) {
            plain = plain.setScale(0);
        }
        if (plain.signum() <= 0 || plain.compareTo(MAX_UNITS) > 0 || plain.scale() > 3) {
            throw new IllegalArgumentException("line.units must be more than 0 and at most 99999, with up to three decimals");
        }
        return plain;
    }
}
