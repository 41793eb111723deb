package io.claimline.patient.guarantor.web;

import io.claimline.patient.guarantor.api.ChangeGuarantorCommand;
import io.claimline.patient.guarantor.api.GuarantorId;
import io.claimline.patient.guarantor.api.RegisterGuarantorCommand;
import io.claimline.patient.guarantor.command.Guarantor;
import io.claimline.patient.guarantor.query.GuarantorSummary;
import io.claimline.patient.guarantor.query.Guarantors;
import io.claimline.patient.registry.api.AssignGuarantorCommand;
import io.claimline.patient.registry.api.GuarantorKind;
import io.claimline.patient.registry.api.PatientId;
import io.claimline.patient.registry.api.PersonDetails;
import io.claimline.patient.registry.api.SealedContact;
import io.claimline.patient.registry.query.PatientRecords;
import io.claimline.patient.registry.web.PersonRequest;
import io.claimline.platform.command.Commands;
import io.claimline.platform.command.IdempotentRequests;
import io.claimline.platform.kernel.Fields;
import io.claimline.platform.kernel.InvalidFieldsException;
import io.claimline.platform.kernel.NotFoundException;
import io.claimline.platform.security.CurrentActor;
import io.claimline.platform.security.Roles;
import io.claimline.platform.web.IfMatch;
import io.claimline.platform.web.ReadYourWrites;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.util.Locale;
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
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Guarantors", description = "Who is financially responsible for a patient")
class GuarantorController {

    private final Commands commands;
    private final IdempotentRequests idempotent;
    private final Guarantors guarantors;
    private final PatientRecords patients;
    private final ReadYourWrites readYourWrites;
    private final Clock clock;

    GuarantorController(Commands commands, IdempotentRequests idempotent, Guarantors guarantors,
            PatientRecords patients, ReadYourWrites readYourWrites, Clock clock) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.guarantors = guarantors;
        this.patients = patients;
        this.readYourWrites = readYourWrites;
        this.clock = clock;
    }

    @Operation(summary = "Register a guarantor who is not a patient",
            description = "Name and postal address required; sealed under the guarantor's own data key.")
    @PostMapping(path = "/api/patients/guarantors", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed({Roles.FRONT_DESK, Roles.BILLER, Roles.MANAGER, Roles.CLINIC_SYSTEM})
    ResponseEntity<GuarantorRegistration> register(@Valid @RequestBody PersonRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        PersonDetails person = checked(request);
        String clinicId = CurrentActor.get().clinicId();
        var outcome = idempotent.execute(idempotencyKey, "register-guarantor", request, GuarantorRegistration.class,
                () -> {
                    GuarantorId id = GuarantorId.random();
                    commands.sendForCurrentRequest(new RegisterGuarantorCommand(id, person));
                    return new GuarantorRegistration(id.toString());
                });
        UUID id = UUID.fromString(outcome.result().guarantorId());
        readYourWrites.await(id.toString(), 0, () -> guarantors.shows(id, clinicId, 0));
        return ResponseEntity.created(URI.create("/api/patients/guarantors/" + id)).eTag("0").body(outcome.result());
    }

    @Operation(summary = "Read a guarantor who is not a patient")
    @GetMapping(path = "/api/patients/guarantors/{guarantorId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed({Roles.FRONT_DESK, Roles.BILLER, Roles.MANAGER, Roles.AUDITOR, Roles.CLINIC_SYSTEM})
    ResponseEntity<GuarantorSummary> get(@PathVariable UUID guarantorId) {
        GuarantorSummary summary = guarantors.find(guarantorId, CurrentActor.get().clinicId())
                .orElseThrow(() -> new NotFoundException("guarantor"));
        return ResponseEntity.ok().eTag(String.valueOf(summary.version())).body(summary);
    }

    @Operation(summary = "Correct a guarantor's name or contact", description = "If-Match required.")
    @PutMapping(path = "/api/patients/guarantors/{guarantorId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed({Roles.FRONT_DESK, Roles.BILLER, Roles.MANAGER, Roles.CLINIC_SYSTEM})
    ResponseEntity<Void> change(@PathVariable UUID guarantorId, @Valid @RequestBody PersonRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        PersonDetails person = checked(request);
        long expected = IfMatch.requiredVersion(ifMatch);
        String clinicId = CurrentActor.get().clinicId();
        guarantors.find(guarantorId, clinicId).orElseThrow(() -> new NotFoundException("guarantor"));
        commands.sendForCurrentRequest(new ChangeGuarantorCommand(new GuarantorId(guarantorId), expected, person,
                null));
        readYourWrites.await(guarantorId.toString(), expected + 1,
                () -> guarantors.shows(guarantorId, clinicId, expected + 1));
        return ResponseEntity.noContent().eTag(String.valueOf(expected + 1)).build();
    }

    @Operation(summary = "Name a patient's guarantor",
            description = "SELF (the default at registration), another PATIENT of the clinic, or a PERSON "
                    + "registered as a guarantor. Published as GuarantorAssigned with the guarantor's sealed name "
                    + "and address (billing keeps one account per guarantor). If-Match (the patient's ETag) required.")
    @PutMapping(path = "/api/patients/{patientId}/guarantor", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed({Roles.FRONT_DESK, Roles.BILLER, Roles.MANAGER, Roles.CLINIC_SYSTEM})
    ResponseEntity<Void> assign(@PathVariable UUID patientId, @Valid @RequestBody GuarantorAssignment request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        GuarantorKind kind = kind(request.kind());
        long expected = IfMatch.requiredVersion(ifMatch);
        String clinicId = CurrentActor.get().clinicId();
        PatientId patient = new PatientId(patientId);
        patients.state(patient, clinicId).orElseThrow(() -> new NotFoundException("patient"));
        String guarantorId;
        SealedContact contact;
        switch (kind) {
            case SELF -> {
                guarantorId = patientId.toString();
                contact = patients.sealedContact(patient, clinicId).orElseThrow(() -> new NotFoundException("patient"));
            }
            case PATIENT -> {
                UUID other = requireId(request.guarantorId());
                if (other.equals(patientId)) {
                    throw InvalidFieldsException.of("kind", "is SELF when the patient is their own guarantor");
                }
                guarantorId = other.toString();
                contact = patients.sealedContact(new PatientId(other), clinicId).orElseThrow(
                        () -> InvalidFieldsException.of("guarantorId", "no such active patient in this clinic"));
            }
            default -> {
                UUID person = requireId(request.guarantorId());
                guarantorId = person.toString();
                contact = guarantors.sealedContact(person, clinicId).orElseThrow(
                        () -> InvalidFieldsException.of("guarantorId", "no such guarantor in this clinic"));
            }
        }
        commands.sendForCurrentRequest(new AssignGuarantorCommand(patient, expected, guarantorId, kind, contact,
                request.reason()));
        readYourWrites.await(patientId.toString(), expected + 1, () -> patients.shows(patient, clinicId, expected + 1));
        return ResponseEntity.noContent().eTag(String.valueOf(expected + 1)).build();
    }

    private PersonDetails checked(PersonRequest request) {
        Fields fields = new Fields();
        PersonDetails person = request.toDetails(fields);
        fields.throwIfInvalid();
        return Guarantor.check(person, clock);
    }

    private static GuarantorKind kind(String raw) {
        if (raw == null) {
            throw InvalidFieldsException.of("kind", "is required");
        }
        try {
            return GuarantorKind.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidFieldsException.of("kind", "must be SELF, PATIENT or PERSON");
        }
    }

    private static UUID requireId(UUID id) {
        if (id == null) {
            throw InvalidFieldsException.of("guarantorId", "is required for this kind");
        }
        return id;
    }
}
