package io.claimline.patient.registry.readiness;

import io.claimline.patient.payer.query.PayerDirectory;
import io.claimline.patient.registry.api.PatientId;
import io.claimline.patient.registry.query.CoverageSummary;
import io.claimline.patient.registry.query.PatientRecords;
import io.claimline.patient.registry.query.PatientSummary;
import io.claimline.platform.kernel.NotFoundException;
import io.claimline.platform.security.CurrentActor;
import io.claimline.platform.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Patients", description = "The clinic's patient registry")
class ClaimReadinessController {

    private final PatientRecords records;
    private final PayerDirectory payers;
    private final Clock clock;

    ClaimReadinessController(PatientRecords records, PayerDirectory payers, Clock clock) {
        this.records = records;
        this.payers = payers;
        this.clock = clock;
    }

    @Operation(summary = "Is the patient ready to be billed?",
            description = "What a claim for this patient would miss or get wrong: demographics, the coverage (the "
                    + "one named, or the primary in force on the date of service, default today), its member id, "
                    + "payer, subscriber and eligibility, and the verification status.")
    @GetMapping(path = "/api/patients/{patientId}/claim-readiness", produces = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed({Roles.FRONT_DESK, Roles.BILLER, Roles.MANAGER, Roles.AUDITOR, Roles.CLINIC_SYSTEM})
    ClaimReadiness.Report readiness(@PathVariable UUID patientId,
            @RequestParam(required = false) @Parameter(example = "7d3e9b2a-1c4f-4e8a-b6d5-9f0e1a2b3c4d")
            UUID coverageId,
            @RequestParam(required = false) @Parameter(example = "2026-11-30") LocalDate dateOfService) {
        String clinicId = CurrentActor.get().clinicId();
        PatientId patient = new PatientId(patientId);
        PatientSummary summary = records.find(patient, clinicId).orElseThrow(() -> new NotFoundException("patient"));
        LocalDate day = dateOfService == null ? LocalDate.now(clock) : dateOfService;
        CoverageSummary coverage = coverageId != null
                ? records.coverage(patient, coverageId.toString(), clinicId)
                        .orElseThrow(() -> new NotFoundException("coverage"))
                : records.coveragesOn(patient, clinicId, day).stream().findFirst().orElse(null);
        var payer = coverage == null ? null
                : payers.find(clinicId, UUID.fromString(coverage.payerId())).orElse(null);
        return ClaimReadiness.check(summary, coverage, payer, day);
    }
}
