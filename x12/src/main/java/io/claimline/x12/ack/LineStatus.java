package io.claimline.x12.ack;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One service line a 277CA reports on (loop 2220D): which line (SVC, REF*FJ) and its status (one STC, up to three
 * composites). A payer reports lines when it rejects or questions them.
 *
 * @param procedureCode          SVC01-2 (qualifier HC: a CPT/HCPCS code)
 * @param modifiers              SVC01-3 to -6, at most 4
 * @param charge                 SVC02, the line's charge as we billed it
 * @param statuses               STC01, STC10, STC11 (1 to 3)
 * @param statusDate             STC02
 * @param lineItemControlNumber  REF*FJ: the line's REF*6R in our 837
 * @param serviceFrom            DTP*472, first date of service (with serviceTo, or neither)
 * @param serviceTo              DTP*472, last date of service (the same as serviceFrom for D8)
 */
public record LineStatus(String procedureCode, List<String> modifiers, BigDecimal charge, List<StatusCode> statuses,
        LocalDate statusDate, Optional<String> lineItemControlNumber, Optional<LocalDate> serviceFrom,
        Optional<LocalDate> serviceTo) {

    private static final Pattern PROCEDURE = Pattern.compile("[0-9A-Z]{1,48}");
    private static final Pattern MODIFIER = Pattern.compile("[0-9A-Z]{2}");

    public LineStatus {
        ReportChecks.required("line.procedureCode", procedureCode);
        if (!PROCEDURE.matcher(procedureCode).matches()) {
            throw new IllegalArgumentException("line.procedureCode must be letters and digits");
        }
        modifiers = ReportChecks.list("line.modifiers", modifiers, 0, 4);
        if (modifiers.stream().anyMatch(m -> !MODIFIER.matcher(m).matches())) {
            throw new IllegalArgumentException("line.modifiers must be two letters or digits each");
        }
        charge = ReportChecks.amount("line.charge", charge);
        statuses = ReportChecks.list("line.statuses", statuses, 1, 3);
        ReportChecks.firstEntity("line.statuses", statuses, ReportChecks.CLAIM_ENTITIES, "2220D");
        ReportChecks.required("line.statusDate", statusDate);
        ReportChecks.identifier("line.lineItemControlNumber", lineItemControlNumber, 50);
        ReportChecks.optional("line.serviceFrom", serviceFrom);
        ReportChecks.optional("line.serviceTo", serviceTo);
        if (serviceFrom.isPresent() != serviceTo.isPresent()) {
            throw new IllegalArgumentException("line.serviceFrom and line.serviceTo must be given together");
        }
        if (serviceFrom.isPresent() && serviceTo.get().isBefore(serviceFrom.get())) {
            throw new IllegalArgumentException("line.serviceTo must not be before line.serviceFrom");
        }
    }

    /** The line's outcome, from its first status's category. */
    public StatusCode.Outcome outcome() {
        return statuses.get(0).outcome();
    }
}
