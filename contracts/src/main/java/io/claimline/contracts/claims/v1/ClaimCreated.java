package io.claimline.contracts.claims.v1;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.claimline.contracts.KeyedPayload;
import io.claimline.contracts.MalformedIntegrationEventException;
import io.claimline.contracts.Require;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code claims.claim-events.v1} type {@code ClaimCreated}, version 1: claims-service drafted a professional claim
 * from one revision of a confirmed encounter, to bill {@code payerId} under {@code coverageId}. Ids and codes only:
 * no names, dates of birth, member ids or addresses (a consumer that needs them has its own copies by id). The
 * clinic is the envelope's {@code clinicId}.
 *
 * @param encounterRevision the encounter's revision the claim was built from (1 at confirmation)
 * @param patientControlNumber CLM01, the claim's own number as payers echo it back (277CA, 835)
 * @param billingProviderNpi the billing provider's NPI (837P loop 2010AA)
 * @param renderingProviderNpi the rendering provider's NPI (loop 2310B)
 * @param placeOfService CMS two-digit place of service code ({@code 11} office)
 * @param diagnoses ICD-10-CM codes without their dot, in claim order (pointer 1 is the first); 1 to 12
 * @param lines the service lines in claim order; 1 to 50
 * @param totalCharge CLM02, the sum of the lines' charges (checked)
 * @param createdBy the user whose action created the claim (or {@code system} for an automatic draft)
 */
public record ClaimCreated(
        String claimId,
        String encounterId,
        int encounterRevision,
        String patientId,
        String coverageId,
        String payerId,
        String patientControlNumber,
        String billingProviderNpi,
        String renderingProviderNpi,
        LocalDate serviceFrom,
        LocalDate serviceTo,
        String placeOfService,
        List<String> diagnoses,
        List<Line> lines,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalCharge,
        Instant createdAt,
        String createdBy) implements KeyedPayload {

    public static final String TYPE = "ClaimCreated";
    public static final int VERSION = 1;

    private static final Pattern PLACE_OF_SERVICE = Pattern.compile("[0-9]{2}");
    private static final Pattern ICD10 = Pattern.compile("[A-Z][0-9][0-9A-Z]{1,5}");
    private static final Pattern PROCEDURE = Pattern.compile("[0-9A-Z]{5}");
    private static final Pattern MODIFIER = Pattern.compile("[0-9A-Z]{2}");

    public ClaimCreated {
        Require.uuid(claimId, "claimId");
        Require.uuid(encounterId, "encounterId");
        Require.atLeast(encounterRevision, 1, "encounterRevision");
        Require.uuid(patientId, "patientId");
        Require.uuid(coverageId, "coverageId");
        Require.uuid(payerId, "payerId");
        ClaimChecks.patientControlNumber(patientControlNumber, "patientControlNumber");
        ClaimChecks.npi(billingProviderNpi, "billingProviderNpi");
        ClaimChecks.npi(renderingProviderNpi, "renderingProviderNpi");
        Require.present(serviceFrom, "serviceFrom");
        Require.present(serviceTo, "serviceTo");
        if (serviceTo.isBefore(serviceFrom)) {
            throw new MalformedIntegrationEventException("serviceTo is before serviceFrom");
        }
        Require.matches(placeOfService, PLACE_OF_SERVICE, "placeOfService", "a two-digit place of service code");
        diagnoses = Require.size(diagnoses, 1, 12, "diagnoses");
        diagnoses.forEach(code -> Require.matches(code, ICD10, "diagnoses", "ICD-10-CM codes without their dot"));
        lines = Require.size(lines, 1, 50, "lines");
        ClaimChecks.amount(totalCharge, "totalCharge");
        Require.present(createdAt, "createdAt");
        Require.text(createdBy, "createdBy", ClaimChecks.MAX_USER);
        checkLines(lines, diagnoses.size(), serviceFrom, serviceTo, totalCharge);
    }

    private static void checkLines(List<Line> lines, int diagnosisCount, LocalDate from, LocalDate to,
            BigDecimal totalCharge) {
        var lineIds = new HashSet<String>();
        var lineNumbers = new HashSet<Integer>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Line line : lines) {
            if (!lineIds.add(line.lineId())) {
                throw new MalformedIntegrationEventException("lines.lineId is not unique");
            }
            if (!lineNumbers.add(line.lineNumber())) {
                throw new MalformedIntegrationEventException("lines.lineNumber is not unique");
            }
            if (line.serviceDate().isBefore(from) || line.serviceDate().isAfter(to)) {
                throw new MalformedIntegrationEventException("lines.serviceDate is outside serviceFrom..serviceTo");
            }
            if (line.diagnosisPointers().stream().anyMatch(pointer -> pointer > diagnosisCount)) {
                throw new MalformedIntegrationEventException("lines.diagnosisPointers points past diagnoses");
            }
            sum = sum.add(line.charge());
        }
        if (sum.compareTo(totalCharge) != 0) {
            throw new MalformedIntegrationEventException("totalCharge is not the sum of lines.charge");
        }
    }

    @Override
    public String aggregateId() {
        return claimId;
    }

    /**
     * One service line (837P loop 2400). {@code lineId} is the encounter line's id (REF*6R), the one the ledger's
     * charges name.
     *
     * @param procedureCode CPT or HCPCS Level II, five characters
     * @param modifiers two characters each; 0 to 4
     * @param diagnosisPointers 1-based positions in the claim's {@code diagnoses}; 1 to 4
     * @param charge the line's charge (SV102)
     */
    public record Line(
            String lineId,
            int lineNumber,
            LocalDate serviceDate,
            String procedureCode,
            List<String> modifiers,
            int units,
            List<Integer> diagnosisPointers,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal charge) {

        public Line {
            Require.uuid(lineId, "lines.lineId");
            Require.atLeast(lineNumber, 1, "lines.lineNumber");
            Require.present(serviceDate, "lines.serviceDate");
            Require.matches(procedureCode, PROCEDURE, "lines.procedureCode", "a five-character CPT or HCPCS code");
            modifiers = Require.size(modifiers, 0, 4, "lines.modifiers");
            modifiers.forEach(m -> Require.matches(m, MODIFIER, "lines.modifiers", "two-character modifiers"));
            Require.atLeast(units, 1, "lines.units");
            diagnosisPointers = Require.size(diagnosisPointers, 1, 4, "lines.diagnosisPointers");
            diagnosisPointers.forEach(p -> Require.atLeast(p, 1, "lines.diagnosisPointers"));
            ClaimChecks.amount(charge, "lines.charge");
        }
    }
}
