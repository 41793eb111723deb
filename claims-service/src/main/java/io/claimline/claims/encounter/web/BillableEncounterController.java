package io.claimline.claims.encounter.web;

import io.claimline.claims.encounter.query.BillableEncounter;
import io.claimline.claims.encounter.query.BillableEncounterStatus;
import io.claimline.claims.encounter.query.BillableEncounterSummary;
import io.claimline.claims.encounter.query.BillableEncounters;
import io.claimline.platform.kernel.NotFoundException;
import io.claimline.platform.security.CurrentActor;
import io.claimline.platform.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/claims/encounters", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Billable encounters", description = "Confirmed encounters from billing, as claims are drafted from them")
class BillableEncounterController {

    private final BillableEncounters encounters;

    BillableEncounterController(BillableEncounters encounters) {
        this.encounters = encounters;
    }

    @Operation(summary = "Read a confirmed encounter as claims holds it",
            description = "Its latest revision: patient (currentPatientId follows merges), coverage and payer "
                    + "(null for self-pay), providers, diagnoses, lines with codes, modifiers, pointers, units, "
                    + "charges and expected reimbursement; who confirmed, the last amendment and a void.")
    @GetMapping("/{encounterId}")
    @RolesAllowed({Roles.BILLER, Roles.MANAGER, Roles.AUDITOR})
    BillableEncounter get(
            @Parameter(example = "3c9a7e21-5b4d-4f8e-a1c2-7d6e5f4a3b21") @PathVariable UUID encounterId) {
        return encounters.find(encounterId, CurrentActor.get().clinicId())
                .orElseThrow(() -> new NotFoundException("encounter"));
    }

    @Operation(summary = "List the clinic's encounters in a status, oldest date of service first",
            description = "BILLABLE (the default): confirmed and not yet claimed; VOIDED: voided by billing.")
    @GetMapping
    @RolesAllowed({Roles.BILLER, Roles.MANAGER, Roles.AUDITOR})
    Page<BillableEncounterSummary> list(
            @Parameter(example = "BILLABLE") @RequestParam(defaultValue = "BILLABLE") BillableEncounterStatus status,
            @Valid PageRequest page) {
        return Page.of(page, encounters.list(CurrentActor.get().clinicId(), status, page.offset(), page.limit()));
    }
}
