package io.claimline.patient.registry.web;

import io.claimline.patient.registry.api.ChangePatientDemographicsCommand;
import io.claimline.patient.registry.api.ErasePatientDataCommand;
import io.claimline.patient.registry.api.PatientId;
import io.claimline.patient.registry.api.RegisterPatientCommand;
import io.claimline.patient.registry.query.PatientSummary;
import io.claimline.patient.registry.query.PatientSummaryProjection;
import io.claimline.patient.vault.record.PhiAccessEntry;
import io.claimline.patient.vault.record.PhiAccessRecord;
import io.claimline.platform.command.Commands;
import io.claimline.platform.command.IdempotentRequests;
import io.claimline.platform.web.PreconditionRequiredException;
import io.claimline.platform.web.ReadYourWrites;
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

    private final ReadYourWrites readYourWrites;

    PatientController(Commands commands, IdempotentRequests idempotent, PatientSummaryProjection summaries,
            PhiAccessRecord accessRecord, ReadYourWrites readYourWrites) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.summaries = summaries;
        this.accessRecord = accessRecord;
        this.readYourWrites = readYourWrites;
    }

    @Operation(summary = "Register a patient", description = "Retries with the same Idempotency-Key register once. "
            + "Answers once the patient can be read back (read-your-writes); the ETag is its version.")
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
        PatientId registered = PatientId.parse(outcome.result().patientId());
        String clinicId = CurrentActor.get().clinicId();
        readYourWrites.await(registered.toString(), 0, () -> summaries.shows(registered, clinicId, 0));
        return ResponseEntity.created(URI.create("/api/patients/" + outcome.result().patientId()))
                .eTag("0")
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
            description = "If-Match (the ETag read) is required (428 without it); a change made since the caller read "
                    + "the patient answers 409. Answers once the new version can be read back; the ETag is it.")
    @PutMapping(path = "/{patientId}/demographics", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed({Roles.FRONT_DESK, Roles.BILLER, Roles.MANAGER, Roles.CLINIC_SYSTEM})
    ResponseEntity<Void> changeDemographics(@PathVariable UUID patientId, @Valid @RequestBody PatientRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        if (ifMatch == null) {
            throw new PreconditionRequiredException();
        }
        long expectedVersion = parseVersion(ifMatch);
        idempotent.execute(idempotencyKey, "change-demographics:" + patientId, request, Boolean.class, () -> {
            commands.sendForCurrentRequest(new ChangePatientDemographicsCommand(new PatientId(patientId),
                    expectedVersion, request.givenName(), request.familyName(), request.dateOfBirth()));
            return Boolean.TRUE;
        });
        long newVersion = expectedVersion + 1;
        String clinicId = CurrentActor.get().clinicId();
        readYourWrites.await(patientId.toString(), newVersion,
                () -> summaries.shows(new PatientId(patientId), clinicId, newVersion));
        return ResponseEntity.noContent().eTag(String.valueOf(newVersion)).build();
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

    private static long parseVersion(String ifMatch) {
        try {
            return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("If-Match must be an ETag this service returned");
        }
    }
}
