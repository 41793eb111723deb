package io.claimline.claims.patientcopy.web;

import io.claimline.claims.patientcopy.query.PatientCopies;
import io.claimline.claims.patientcopy.query.PatientCopy;
import io.claimline.platform.phi.PhiVault;
import io.claimline.platform.phi.PurposeOfUse;
import io.claimline.platform.security.Actor;
import io.claimline.platform.security.CurrentActor;
import io.claimline.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import io.claimline.platform.kernel.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/claims/patients", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Patient copies", description = "The patients claims-service knows of")
class PatientCopyController {

    private final PatientCopies copies;
    private final PhiVault vault;

    PatientCopyController(PatientCopies copies, PhiVault vault) {
        this.copies = copies;
        this.vault = vault;
    }

    @Operation(summary = "Read claims-service's copy of a patient")
    @GetMapping("/{patientId}")
    @RolesAllowed({Roles.BILLER, Roles.MANAGER, Roles.AUDITOR, Roles.CLINIC_SYSTEM})
    PatientCopy get(@PathVariable UUID patientId) {
        return copies.find(patientId, CurrentActor.get().clinicId())
                .orElseThrow(() -> new NotFoundException("patient"));
    }

    @Operation(summary = "The patient's name and date of birth as a claim prints them",
            description = "Opened through patient-service's PHI vault for claim submission, on behalf of the caller, "
                    + "and recorded there. A field whose data key was destroyed answers outcome 'erased'.")
    @GetMapping("/{patientId}/claim-demographics")
    @RolesAllowed({Roles.BILLER, Roles.MANAGER})
    ClaimDemographics claimDemographics(@PathVariable UUID patientId) {
        Actor actor = CurrentActor.get();
        List<PhiVault.SealedField> sealed = copies.sealedDemographics(patientId, actor.clinicId())
                .orElseThrow(() -> new NotFoundException("patient"));
        Map<String, PhiVault.OpenedField> opened = vault.open(
                        new PhiVault.PhiAccess(actor.clinicId(), actor.userId(), PurposeOfUse.CLAIM_SUBMISSION), sealed)
                .stream().collect(Collectors.toMap(PhiVault.OpenedField::field, Function.identity()));
        if (opened.values().stream().anyMatch(field -> field.outcome() == PhiVault.Outcome.NOT_FOUND)) {
            throw new NotFoundException("patient"); // not (yet) in the registry for this clinic
        }
        Map<String, String> outcomes = new TreeMap<>();
        opened.forEach((field, answer) -> outcomes.put(field, answer.outcome().name().toLowerCase(Locale.ROOT)));
        return new ClaimDemographics(patientId.toString(), value(opened, PatientCopies.GIVEN_NAME),
                value(opened, PatientCopies.FAMILY_NAME), value(opened, PatientCopies.DATE_OF_BIRTH), outcomes);
    }

    private static String value(Map<String, PhiVault.OpenedField> opened, String field) {
        PhiVault.OpenedField answer = opened.get(field);
        return answer == null ? null : answer.value();
    }
}
