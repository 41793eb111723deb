package io.claimline.claims.patientcopy.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimline.claims.patientcopy.query.ClaimCoverage;
import io.claimline.claims.patientcopy.query.CoverageCopies;
import io.claimline.claims.patientcopy.query.PatientCopies;
import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.annotations.Parameter;
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
    private final CoverageCopies coverages;
    private final PhiVault vault;
    private final ObjectMapper json;
    private final MeterRegistry meters;

    PatientCopyController(PatientCopies copies, CoverageCopies coverages, PhiVault vault, ObjectMapper json,
            MeterRegistry meters) {
        this.copies = copies;
        this.coverages = coverages;
        this.vault = vault;
        this.json = json;
        this.meters = meters;
        for (PhiVault.Outcome outcome : PhiVault.Outcome.values()) {
            meters.counter("claimline.claims.subscriber.fields", "outcome", outcome.name().toLowerCase(Locale.ROOT));
        }
    }

    @Operation(summary = "Read claims-service's copy of a patient",
            description = "A merged duplicate's id answers with the surviving patient's copy.")
    @GetMapping("/{patientId}")
    @RolesAllowed({Roles.BILLER, Roles.MANAGER, Roles.AUDITOR, Roles.CLINIC_SYSTEM})
    PatientCopy get(@PathVariable UUID patientId) {
        return copies.find(patientId, CurrentActor.get().clinicId())
                .orElseThrow(() -> new NotFoundException("patient"));
    }

    @Operation(summary = "The patient's name and date of birth as a claim prints them",
            description = "Opened through patient-service's PHI vault for claim submission, on behalf of the caller, "
                    + "and recorded there. A field whose data key was destroyed answers outcome 'erased'. A merged "
                    + "duplicate's id answers with the surviving patient.")
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
        return new ClaimDemographics(sealed.get(0).patientId(), value(opened, PatientCopies.GIVEN_NAME),
                value(opened, PatientCopies.FAMILY_NAME), value(opened, PatientCopies.DATE_OF_BIRTH), outcomes);
    }

    @Operation(summary = "The patient's coverages as claims keeps them",
            description = "Payer, plan, group, relationship, priority and dates, primary first and ended last; the "
                    + "member id and the subscriber stay sealed and are not opened here. A merged duplicate's id "
                    + "answers with the surviving patient's coverages.")
    @GetMapping("/{patientId}/coverages")
    @RolesAllowed({Roles.BILLER, Roles.MANAGER, Roles.AUDITOR, Roles.CLINIC_SYSTEM})
    List<ClaimCoverage> coverages(
            @Parameter(example = "0b7e2a52-62f1-4a8e-9a0c-5a2d41f8a9e3") @PathVariable UUID patientId) {
        return coverages.ofPatient(patientId, CurrentActor.get().clinicId())
                .orElseThrow(() -> new NotFoundException("patient"));
    }

    @Operation(summary = "A coverage's subscriber and member id as a claim prints them",
            description = "Name, date of birth, sex, address and member id, opened through patient-service's PHI "
                    + "vault for claim submission on behalf of the caller, and recorded there; for a SELF coverage "
                    + "the patient's own. A field whose data key was destroyed answers outcome 'erased'.")
    @GetMapping("/{patientId}/coverages/{coverageId}/subscriber")
    @RolesAllowed({Roles.BILLER, Roles.MANAGER})
    CoverageSubscriber subscriber(
            @Parameter(example = "0b7e2a52-62f1-4a8e-9a0c-5a2d41f8a9e3") @PathVariable UUID patientId,
            @Parameter(example = "7d3e9b2a-1c4f-4e8a-b6d5-9f0e1a2b3c4d") @PathVariable UUID coverageId) {
        Actor actor = CurrentActor.get();
        CoverageCopies.SealedSubscriber sealed = coverages.sealedSubscriber(patientId, coverageId, actor.clinicId())
                .orElseThrow(() -> new NotFoundException("coverage"));
        Map<String, PhiVault.OpenedField> opened = vault.open(
                        new PhiVault.PhiAccess(actor.clinicId(), actor.userId(), PurposeOfUse.CLAIM_SUBMISSION),
                        sealed.fields())
                .stream().collect(Collectors.toMap(PhiVault.OpenedField::field, Function.identity()));
        if (opened.values().stream().anyMatch(field -> field.outcome() == PhiVault.Outcome.NOT_FOUND)) {
            throw new NotFoundException("coverage"); // the vault does not know the patient in this clinic
        }
        Map<String, String> outcomes = new TreeMap<>();
        opened.forEach((field, answer) -> {
            String outcome = answer.outcome().name().toLowerCase(Locale.ROOT);
            outcomes.put(field, outcome);
            meters.counter("claimline.claims.subscriber.fields", "outcome", outcome).increment();
        });
        return new CoverageSubscriber(sealed.patientId(), coverageId.toString(), sealed.relationship(),
                value(opened, CoverageCopies.MEMBER_ID), value(opened, PatientCopies.GIVEN_NAME),
                value(opened, PatientCopies.FAMILY_NAME), value(opened, PatientCopies.DATE_OF_BIRTH),
                value(opened, PatientCopies.SEX), address(value(opened, PatientCopies.ADDRESS)), outcomes);
    }

    private CoverageSubscriber.Address address(String opened) {
        if (opened == null) {
            return null;
        }
        try {
            return json.readValue(opened, CoverageSubscriber.Address.class);
        } catch (JsonProcessingException e) {
            // The exception would quote the address; its type is enough.
            throw new IllegalStateException("an opened address is not the JSON the registry seals");
        }
    }

    private static String value(Map<String, PhiVault.OpenedField> opened, String field) {
        PhiVault.OpenedField answer = opened.get(field);
        return answer == null ? null : answer.value();
    }
}
