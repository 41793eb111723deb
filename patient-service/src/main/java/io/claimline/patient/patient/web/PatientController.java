package io.claimline.patient.patient.web;

import io.claimline.patient.patient.api.ChangePatientDemographicsCommand;
import io.claimline.patient.patient.api.ErasePatientDataCommand;
import io.claimline.patient.patient.api.PatientId;
import io.claimline.patient.patient.api.RegisterPatientCommand;
import io.claimline.patient.patient.query.PatientSummary;
import io.claimline.patient.patient.query.PatientSummaryProjection;
import io.claimline.patient.vault.record.PhiAccessEntry;
import io.claimline.patient.vault.record.PhiAccessRecord;
import io.claimline.platform.command.Commands;
import io.claimline.platform.command.IdempotentRequests;
import io.claimline.platform.security.Actor;
import io.claimline.platform.security.CurrentActor;
import io.claimline.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import io.claimline.platform.kernel.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/patients", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Patients", description = "The clinic's patient registry")
class PatientController {

    private final Commands commands;
    private final IdempotentRequests idempotent;
    private final PatientSummaryProjection summaries;
    private final PhiAccessRecord accessRecord;

    PatientController(Commands commands, IdempotentRequests idempotent, PatientSummaryProjection summaries,
            PhiAccessRecord accessRecord) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.summaries = summaries;
        this.accessRecord = accessRecord;
    }

    @Operation(summary = "Register a patient", description = "Retries with the same Idempotency-Key register once.")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed({Roles.FRONT_DESK, Roles.CLINIC_SYSTEM})
    ResponseEntity<PatientRegistration> register(@Valid @RequestBody PatientRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        var outcome = idempotent.execute(idempotencyKey, "register-patient", request, PatientRegistration.class,
                () -> {
                    PatientId patientId = PatientId.random();
                    commands.sendForCurrentRequest(new RegisterPatientCommand(patientId, request.givenName(),
                            request.familyName(), request.dateOfBirth()));
                    return new PatientRegistration(patientId.toString());
                });
        return ResponseEntity.created(URI.create("/api/patients/" + outcome.result().patientId()))
                .header("Idempotency-Replayed", String.valueOf(outcome.replayed()))
                .body(outcome.result());
    }

    @Operation(summary = "Read a patient", description = "The ETag is the version to send in If-Match.")
    @GetMapping("/{patientId}")
    @RolesAllowed({Roles.FRONT_DESK, Roles.BILLER, Roles.MANAGER, Roles.AUDITOR, Roles.CLINIC_SYSTEM})
    ResponseEntity<PatientSummary> get(@PathVariable UUID patientId) {
        PatientSummary summary = summaries.find(new PatientId(patientId), CurrentActor.get().clinicId())
                .orElseThrow(() -> new NotFoundException("patient"));
        return ResponseEntity.ok().eTag(String.valueOf(summary.version())).body(summary);
    }

    @Operation(summary = "Correct a patient's demographics",
            description = "With If-Match, a change made since the caller read the patient answers 409.")
    @PutMapping(path = "/{patientId}/demographics", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed({Roles.FRONT_DESK, Roles.BILLER, Roles.MANAGER, Roles.CLINIC_SYSTEM})
    ResponseEntity<Void> changeDemographics(@PathVariable UUID patientId, @Valid @RequestBody PatientRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        Long expectedVersion = parseVersion(ifMatch);
        idempotent.execute(idempotencyKey, "change-demographics:" + patientId, request, Boolean.class, () -> {
            commands.sendForCurrentRequest(new ChangePatientDemographicsCommand(new PatientId(patientId),
                    expectedVersion, request.givenName(), request.familyName(), request.dateOfBirth()));
            return Boolean.TRUE;
        });
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Erase a patient's PHI (destroy their data key)",
            description = "Crypto-shredding: the name and date of birth become unreadable in every event, read model "
                    + "and service for good, while ids, dates and money stay. Recorded in the PHI access record and "
                    + "published as PatientErased.")
    @PostMapping(path = "/{patientId}/erasure", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed(Roles.ADMIN)
    ResponseEntity<Void> erase(@PathVariable UUID patientId, @Valid @RequestBody ErasureRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        Actor actor = CurrentActor.get();
        idempotent.execute(idempotencyKey, "erase-patient:" + patientId, request, Boolean.class, () -> {
            commands.sendForCurrentRequest(new ErasePatientDataCommand(new PatientId(patientId), request.reason()));
            accessRecord.append(new PhiAccessEntry.Draft(PhiAccessEntry.ERASE, "patient-service", actor.userId(),
                    actor.clinicId(), "erasure", PhiAccessEntry.COMPLETED, request.reason(),
                    List.of(new PhiAccessEntry.Item(patientId.toString(), "all", "erased"))));
            return Boolean.TRUE;
        });
        return ResponseEntity.noContent().build();
    }

    private static Long parseVersion(String ifMatch) {
        if (ifMatch == null) {
            return null;
        }
        try {
            return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("If-Match must be an ETag this service returned");
        }
    }
}
