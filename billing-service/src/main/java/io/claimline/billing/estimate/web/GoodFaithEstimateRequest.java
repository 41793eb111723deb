package io.claimline.billing.estimate.web;

import io.claimline.codesets.DiagnosisCode;
import io.claimline.platform.kernel.Fields;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A good-faith estimate to issue for a scheduled service: the patient (by id; their name and date of birth come
 * sealed from patient-service), the scheduled date (today or later), the primary service in plain words, the
 * location, the provider furnishing the lines (unless a line names its own), diagnosis codes if known, the lines.
 * {@code selfPay}: the patient has coverage but chooses not to bill it (an uninsured patient need not say so).
 */
public record GoodFaithEstimateRequest(
        @Schema(example = "0b7e2a52-62f1-4a8e-9a0c-5a2d41f8a9e3") String patientId,
        // A far date: the example must stay acceptable (today or later) for the documented-roles check.
        @Schema(example = "2099-03-15") LocalDate scheduledDate,
        @Schema(example = "Office visit with a chest X-ray") String primaryService,
        @Schema(example = "4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c7d") String locationId,
        @Schema(example = "3c1d2e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f") String providerId,
        @Schema(example = "[\"J20.9\"]") List<String> diagnosisCodes,
        Boolean selfPay,
        List<PlannedLineRequest> lines) {

    static final int MAX_DIAGNOSES = 12;
    static final int MAX_PRIMARY_SERVICE = 200;

    record Parsed(UUID patientId, LocalDate scheduledDate, String primaryService, UUID locationId, UUID providerId,
            List<String> diagnosisCodes, boolean selfPay, List<PlannedLineRequest.Planned> lines) {
    }

    Parsed parse(LocalDate today) {
        Fields fields = new Fields();
        UUID patient = fields.required("patientId", patientId, UUID::fromString);
        fields.check("scheduledDate", scheduledDate != null, "is required");
        fields.check("scheduledDate", scheduledDate == null || !scheduledDate.isBefore(today),
                "must be today or later: a good-faith estimate is given before the service");
        String service = primaryService == null ? null : primaryService.strip();
        fields.check("primaryService", service != null && !service.isEmpty() && service.length() <= MAX_PRIMARY_SERVICE,
                "is required, at most 200 characters");
        UUID location = fields.required("locationId", locationId, UUID::fromString);
        UUID provider = fields.optional("providerId", providerId, UUID::fromString);
        List<String> diagnoses = new ArrayList<>();
        if (diagnosisCodes != null) {
            fields.check("diagnosisCodes", diagnosisCodes.size() <= MAX_DIAGNOSES, "at most 12 diagnosis codes");
            for (int i = 0; i < diagnosisCodes.size() && i < MAX_DIAGNOSES; i++) {
                DiagnosisCode code = fields.required("diagnosisCodes[" + i + "]", diagnosisCodes.get(i),
                        DiagnosisCode::of);
                if (code != null) {
                    diagnoses.add(code.value());
                }
            }
        }
        List<PlannedLineRequest.Planned> planned = PlannedLineRequest.parseAll(fields, lines);
        for (int i = 0; i < planned.size(); i++) {
            fields.check("lines[" + i + "].providerId", provider != null || planned.get(i).providerId() != null,
                    "is required when the estimate names no providerId");
        }
        fields.throwIfInvalid();
        return new Parsed(patient, scheduledDate, service, location, provider, diagnoses,
                Boolean.TRUE.equals(selfPay), planned);
    }
}
