package io.claimline.patient.registry.web;

import io.claimline.patient.matching.BlindKeys;
import io.claimline.patient.matching.PatientMatching;
import io.claimline.patient.registry.api.ChangePatientDemographicsCommand;
import io.claimline.patient.registry.api.DeactivatePatientCommand;
import io.claimline.patient.registry.api.ErasePatientDataCommand;
import io.claimline.patient.registry.api.PatientId;
import io.claimline.patient.registry.api.PersonDetails;
import io.claimline.patient.registry.api.RegisterPatientCommand;
import io.claimline.patient.registry.api.VerifyPatientDemographicsCommand;
import io.claimline.patient.registry.command.Demographics;
import io.claimline.patient.registry.query.PatientRecords;
import io.claimline.patient.registry.query.PatientSummary;
import io.claimline.patient.vault.record.PhiAccessEntry;
import io.claimline.patient.vault.record.PhiAccessRecord;
import io.claimline.platform.command.Commands;
import io.claimline.platform.command.IdempotentRequests;
import io.claimline.platform.kernel.Fields;
import io.claimline.platform.kernel.NotFoundException;
import io.claimline.platform.security.Actor;
import io.claimline.platform.security.CurrentActor;
import io.claimline.platform.security.Roles;
import io.claimline.platform.web.IfMatch;
import io.claimline.platform.web.ReadYourWrites;
import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
    private final PatientRecords records;
    private final PatientMatching matching;
    private final PhiAccessRecord accessRecord;
    private final ReadYourWrites readYourWrites;
    private final PatientWrites writes;
    private final Clock clock;
    private final MeterRegistry meters;

    PatientController(Commands commands, IdempotentRequests idempotent, PatientRecords records,
            PatientMatching matching, PhiAccessRecord accessRecord, ReadYourWrites readYourWrites,
            PatientWrites writes, Clock clock, MeterRegistry meters) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.records = records;
        this.matching = matching;
        this.accessRecord = accessRecord;
        this.readYourWrites = readYourWrites;
        this.writes = writes;
        this.clock = clock;
        this.meters = meters;
    }

    @Operation(summary = "Register a patient", description = "Retries with the same Idempotency-Key register once. "
            + "Possible duplicates (the clinic's patients matching on at least two blind keys) are listed in the "
            + "answer and kept for review; they do not stop the registration. Answers once the patient can be read "
            + "back (read-your-writes); the ETag is its version.")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed({Roles.FRONT_DESK, Roles.CLINIC_SYSTEM})
    ResponseEntity<PatientRegistration> register(@Valid @RequestBody PersonRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        PersonDetails person = checked(request);
        String clinicId = CurrentActor.get().clinicId();
        var outcome = idempotent.execute(idempotencyKey, "register-patient", request, PatientRegistration.class,
                () -> {
                    PatientId patientId = PatientId.random();
                    List<PatientId> duplicates = matching.possibleDuplicates(clinicId, facts(person), List.of());
                    commands.sendForCurrentRequest(new RegisterPatientCommand(patientId, person, duplicates));
                    // Data quality on a dashboard: how often the front desk registers someone who may be on file.
                    meters.counter("claimline.patients.registered", "possible_duplicates",
                            duplicates.isEmpty() ? "no" : "yes").increment();
                    return new PatientRegistration(patientId.toString(),
                            duplicates.stream().map(PatientId::toString).toList());
                });
        PatientId registered = PatientId.parse(outcome.result().patientId());
        readYourWrites.await(registered.toString(), 0, () -> records.shows(registered, clinicId, 0));
        return ResponseEntity.created(URI.create("/api/patients/" + outcome.result().patientId()))
                .eTag("0")
                .header("Idempotency-Replayed", String.valueOf(outcome.replayed()))
                .body(outcome.result());
    }

    @Operation(summary = "Read a patient", description = "The ETag is the version to send in If-Match. A patient "
            + "merged into another answers with the surviving patient.")
    @GetMapping("/{patientId}")
    @RolesAllowed({Roles.FRONT_DESK, Roles.BILLER, Roles.MANAGER, Roles.AUDITOR, Roles.CLINIC_SYSTEM})
    ResponseEntity<PatientSummary> get(@PathVariable UUID patientId) {
        PatientSummary summary = surviving(new PatientId(patientId));
        return ResponseEntity.ok().eTag(String.valueOf(summary.version())).body(summary);
    }

    @Operation(summary = "Change a patient's demographics",
            description = "The whole corrected set and why. If-Match (the ETag read) is required (428 without it); "
                    + "a change made since the caller read the patient answers 409. Answers once the new version "
                    + "can be read back; the ETag is it.")
    @PutMapping(path = "/{patientId}/demographics", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed({Roles.FRONT_DESK, Roles.BILLER, Roles.MANAGER, Roles.CLINIC_SYSTEM})
    ResponseEntity<Void> changeDemographics(@PathVariable UUID patientId,
            @Valid @RequestBody DemographicsChange request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        PersonDetails person = checked(request);
        long expected = IfMatch.requiredVersion(ifMatch);
        idempotent.execute(idempotencyKey, "change-demographics:" + patientId, request, Boolean.class, () -> {
            commands.sendForCurrentRequest(new ChangePatientDemographicsCommand(new PatientId(patientId), expected,
                    person, request.reason()));
            return Boolean.TRUE;
        });
        return writes.written(patientId, expected + 1);
    }

    @Operation(summary = "Record that the demographics were confirmed with the patient",
            description = "Starts the re-verification period again; who and when are recorded. If-Match required.")
    @PostMapping(path = "/{patientId}/verification")
    @RolesAllowed({Roles.FRONT_DESK, Roles.BILLER, Roles.MANAGER})
    ResponseEntity<Void> verify(@PathVariable UUID patientId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long expected = IfMatch.requiredVersion(ifMatch);
        commands.sendForCurrentRequest(new VerifyPatientDemographicsCommand(new PatientId(patientId), expected, null));
        return writes.written(patientId, expected + 1);
    }

    @Operation(summary = "Deactivate a patient", description = "The record and its history stay; a reason is "
            + "required. If-Match required.")
    @PostMapping(path = "/{patientId}/deactivation", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed({Roles.FRONT_DESK, Roles.MANAGER})
    ResponseEntity<Void> deactivate(@PathVariable UUID patientId, @Valid @RequestBody ReasonRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long expected = IfMatch.requiredVersion(ifMatch);
        commands.sendForCurrentRequest(new DeactivatePatientCommand(new PatientId(patientId), expected,
                request.reason()));
        return writes.written(patientId, expected + 1);
    }

    @Operation(summary = "Patients due for re-verification",
            description = "Active patients whose demographics were not confirmed within the configured period "
                    + "(claimline.patients.reverification-period, default 12 months), oldest first.")
    @GetMapping("/reverification-due")
    @RolesAllowed({Roles.FRONT_DESK, Roles.BILLER, Roles.MANAGER, Roles.AUDITOR})
    Page<String> reverificationDue(@Valid PageRequest page) {
        return Page.of(page, records.dueForReverification(CurrentActor.get().clinicId(), page.offset(),
                page.limit()));
    }

    @Operation(summary = "Erase a patient's PHI (destroy their data key)",
            description = "Crypto-shredding: the patient's PHI becomes unreadable in every event, read model "
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

    /** The patient, or the one it was merged into (followed to the end of a chain of merges). */
    private PatientSummary surviving(PatientId patientId) {
        String clinicId = CurrentActor.get().clinicId();
        PatientSummary summary = records.find(patientId, clinicId).orElseThrow(() -> new NotFoundException("patient"));
        for (int hops = 0; summary.mergedInto() != null && hops < 10; hops++) {
            summary = records.find(PatientId.parse(summary.mergedInto()), clinicId)
                    .orElseThrow(() -> new NotFoundException("patient"));
        }
        return summary;
    }


    private PersonDetails checked(PersonFields request) {
        Fields fields = new Fields();
        PersonDetails person = Demographics.check(request.toDetails(fields), LocalDate.now(clock), fields);
        fields.throwIfInvalid();
        return person;
    }

    static BlindKeys.Facts facts(PersonDetails person) {
        return new BlindKeys.Facts(person.givenName(), person.familyName(), person.dateOfBirth(),
                person.phone() == null ? null : person.phone().e164(),
                person.address() == null ? null : person.address().line1(),
                person.address() == null ? null : person.address().postalCode());
    }
}
