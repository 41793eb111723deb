package io.claimline.patient.eligibility;

import io.claimline.patient.eligibility.clearinghouse.ClearinghouseUnavailableException;
import io.claimline.patient.registry.api.PatientId;
import io.claimline.patient.registry.query.EligibilityCheckSummary;
import io.claimline.patient.registry.query.PatientRecords;
import io.claimline.platform.kernel.InvalidFieldsException;
import io.claimline.platform.kernel.NotFoundException;
import io.claimline.platform.security.CurrentActor;
import io.claimline.platform.security.Roles;
import io.claimline.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/patients/{patientId}/coverages/{coverageId}/eligibility-checks",
        produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Eligibility", description = "Real-time 270/271 eligibility checks through the clearinghouse")
class EligibilityController {

    private static final Logger log = LoggerFactory.getLogger(EligibilityController.class);

    private final EligibilityChecks checks;
    private final PatientRecords records;

    EligibilityController(EligibilityChecks checks, PatientRecords records) {
        this.checks = checks;
        this.records = records;
    }

    /** Body of a check: the date of service asked about (default today). */
    record CheckRequest(@Schema(example = "2026-11-30") LocalDate dateOfService) {
    }

    @Operation(summary = "Check a coverage's eligibility now",
            description = "Sends a 270 (005010X279A1) for the date of service to the clearinghouse in real time and "
                    + "applies its 271: ACTIVE updates the coverage's benefits, INACTIVE and REJECTED are recorded "
                    + "with their reasons. A 271 that does not conform answers 502 with the segment positions and "
                    + "reasons and applies nothing; an unreachable clearinghouse answers 503.")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed({Roles.FRONT_DESK, Roles.BILLER, Roles.MANAGER, Roles.CLINIC_SYSTEM})
    EligibilityChecks.Result check(@PathVariable UUID patientId, @PathVariable UUID coverageId,
            @Valid @RequestBody CheckRequest request) {
        LocalDate day = request.dateOfService();
        if (day == null) {
            throw InvalidFieldsException.of("dateOfService", "is required");
        }
        return checks.check(CurrentActor.get(), patientId, coverageId, day);
    }

    @Operation(summary = "The history of a coverage's eligibility checks", description = "Newest first.")
    @GetMapping
    @RolesAllowed({Roles.FRONT_DESK, Roles.BILLER, Roles.MANAGER, Roles.AUDITOR, Roles.CLINIC_SYSTEM})
    List<EligibilityCheckSummary> history(@PathVariable UUID patientId, @PathVariable UUID coverageId) {
        String clinicId = CurrentActor.get().clinicId();
        PatientId patient = new PatientId(patientId);
        records.coverage(patient, coverageId.toString(), clinicId).orElseThrow(() -> new NotFoundException("coverage"));
        return records.eligibilityChecks(patient, coverageId.toString(), clinicId);
    }

    @ExceptionHandler(EligibilityCheckFailedException.class)
    ResponseEntity<ProblemDetail> failed(EligibilityCheckFailedException e) {
        log.warn("Eligibility check not applied: {} ({} reasons)", e.getMessage(), e.reasons().size());
        ProblemDetail problem = Problems.of(HttpStatus.BAD_GATEWAY, "eligibility-response-rejected",
                "Eligibility answer not applied", e.getMessage());
        problem.setProperty("reasons", e.reasons());
        return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(problem);
    }

    @ExceptionHandler(ClearinghouseUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(ClearinghouseUnavailableException e) {
        log.warn("Eligibility check failed: the clearinghouse is not reachable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE,
                "service-unavailable", "Service Unavailable", "The clearinghouse is not reachable; retry later"));
    }
}
