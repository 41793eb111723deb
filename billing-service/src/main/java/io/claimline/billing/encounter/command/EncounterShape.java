package io.claimline.billing.encounter.command;

import io.claimline.billing.encounter.api.EncounterData;
import io.claimline.platform.kernel.Fields;
import io.claimline.platform.kernel.Money;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules an encounter's content keeps whatever the clinic holds: the limits of an 837P claim (12 diagnoses,
 * 50 lines, 4 modifiers and 4 diagnosis pointers per line), pointers to diagnoses that exist, positive units,
 * dates of service inside the encounter's span, and a charge that is the chargemaster's price × units unless a
 * reason says why not. Field paths are the request's, so a caller can point at what to fix.
 */
public final class EncounterShape {

    public static final int MAX_DIAGNOSES = 12;
    public static final int MAX_LINES = 50;
    public static final int MAX_MODIFIERS = 4;
    public static final int MAX_POINTERS = 4;
    public static final int MAX_UNITS = 9_999;

    private EncounterShape() {
    }

    /** Refuses the content with every broken rule, by field. */
    public static void check(EncounterData data) {
        Fields fields = new Fields();
        check(data, fields);
        fields.throwIfInvalid();
    }

    /** Adds every broken rule to {@code fields}. */
    public static void check(EncounterData data, Fields fields) {
        fields.check("serviceTo", data.serviceFrom() == null || data.serviceTo() == null
                || !data.serviceTo().isBefore(data.serviceFrom()), "must not be before serviceFrom");
        fields.check("payerId", (data.coverageId() == null) == (data.payerId() == null),
                "is the coverage's payer: both or neither");
        checkDiagnoses(data.diagnoses(), fields);
        List<EncounterData.Line> lines = data.lines();
        fields.check("lines", !lines.isEmpty(), "must hold at least one service line");
        fields.check("lines", lines.size() <= MAX_LINES, "must hold at most " + MAX_LINES + " lines (837P)");
        Set<Object> lineIds = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            EncounterData.Line line = lines.get(i);
            Fields at = fields.nested("lines[" + i + "]");
            at.check("lineId", lineIds.add(line.lineId()), "must be unique within the encounter");
            checkLine(data, line, at);
        }
    }

    private static void checkDiagnoses(List<String> diagnoses, Fields fields) {
        fields.check("diagnoses", !diagnoses.isEmpty(), "must hold at least one diagnosis");
        fields.check("diagnoses", diagnoses.size() <= MAX_DIAGNOSES,
                "must hold at most " + MAX_DIAGNOSES + " diagnoses (837P HI)");
        fields.check("diagnoses", new HashSet<>(diagnoses).size() == diagnoses.size(),
                "must not list a diagnosis twice");
    }

    private static void checkLine(EncounterData data, EncounterData.Line line, Fields at) {
        at.check("serviceDate", line.serviceDate() != null && data.serviceFrom() != null && data.serviceTo() != null
                && !line.serviceDate().isBefore(data.serviceFrom()) && !line.serviceDate().isAfter(data.serviceTo()),
                "must be within serviceFrom and serviceTo");
        at.check("modifiers", line.modifiers().size() <= MAX_MODIFIERS,
                "must hold at most " + MAX_MODIFIERS + " modifiers (837P SV101)");
        at.check("modifiers", new HashSet<>(line.modifiers()).size() == line.modifiers().size(),
                "must not repeat a modifier");
        at.check("units", line.units() > 0, "must be positive");
        at.check("units", line.units() <= MAX_UNITS, "must be at most " + MAX_UNITS);
        checkPointers(line.diagnosisPointers(), data.diagnoses().size(), at);
        checkCharge(line, at);
    }

    private static void checkPointers(List<Integer> pointers, int diagnoses, Fields at) {
        at.check("diagnosisPointers", !pointers.isEmpty(), "must point at 1 to 4 diagnoses");
        at.check("diagnosisPointers", pointers.size() <= MAX_POINTERS,
                "must point at most at " + MAX_POINTERS + " diagnoses (837P SV107)");
        at.check("diagnosisPointers", new HashSet<>(pointers).size() == pointers.size(),
                "must not point at a diagnosis twice");
        for (int j = 0; j < pointers.size(); j++) {
            Integer pointer = pointers.get(j);
            at.check("diagnosisPointers[" + j + "]", pointer != null && pointer >= 1 && pointer <= diagnoses,
                    "must point at one of the encounter's " + diagnoses + " diagnoses (1-based)");
        }
    }

    private static void checkCharge(EncounterData.Line line, Fields at) {
        Money charge = line.charge();
        if (charge == null) {
            at.check("charge", false, "is required when the chargemaster has no price for the code on the date");
            return;
        }
        at.check("charge", charge.amount().signum() >= 0, "must not be negative");
        boolean overridden = line.unitPrice() == null || !charge.equals(chargeOf(line.unitPrice(), line.units()));
        boolean hasReason = line.chargeOverrideReason() != null && !line.chargeOverrideReason().isBlank();
        at.check("chargeOverrideReason", !overridden || hasReason,
                "is required when the charge is not the chargemaster's price × units");
        at.check("chargeOverrideReason", overridden || !hasReason,
                "is only for a charge that differs from the chargemaster's price × units");
        at.check("expectedReimbursement", line.expectedReimbursement() == null
                || line.expectedReimbursement().amount().compareTo(charge.amount()) <= 0,
                "must not exceed the line's charge");
    }

    /** The chargemaster's charge for a line: the unit price × units, exact (whole units keep cents exact). */
    public static Money chargeOf(Money unitPrice, int units) {
        return new Money(unitPrice.amount().multiply(BigDecimal.valueOf(units)), unitPrice.currency());
    }
}
