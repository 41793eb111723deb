package io.claimline.billing.account.web;

import io.claimline.billing.account.query.CoverageCopies;
import io.claimline.billing.account.query.CoverageCopy;
import io.claimline.platform.security.CurrentActor;
import io.claimline.platform.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/billing/patients", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Coverage copies", description = "What billing knows of patients' insurance, for estimates")
class PatientCoverageController {

    private final CoverageCopies coverages;

    PatientCoverageController(CoverageCopies coverages) {
        this.coverages = coverages;
    }

    @Operation(summary = "A patient's coverages as billing keeps them",
            description = "Payer, plan, priority, dates, benefits and the last eligibility answer, primary first and "
                    + "ended coverages last; what a patient-responsibility estimate needs. No member id and no "
                    + "subscriber. A patient billing has no coverage for answers an empty list.")
    @RolesAllowed({Roles.FRONT_DESK, Roles.BILLER, Roles.MANAGER, Roles.AUDITOR, Roles.CLINIC_SYSTEM})
    @GetMapping("/{patientId}/coverages")
    List<CoverageCopy> coverages(
            @Parameter(example = "0b7e2a52-62f1-4a8e-9a0c-5a2d41f8a9e3") @PathVariable UUID patientId) {
        return coverages.ofPatient(patientId, CurrentActor.get().clinicId());
    }
}
