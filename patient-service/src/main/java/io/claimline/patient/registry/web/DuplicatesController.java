package io.claimline.patient.registry.web;

import io.claimline.patient.matching.PatientMatching;
import io.claimline.patient.registry.api.DismissPossibleDuplicateCommand;
import io.claimline.patient.registry.api.MergePatientCommand;
import io.claimline.patient.registry.api.PatientId;
import io.claimline.patient.registry.query.PatientRecords;
import io.claimline.patient.registry.query.PatientSummary;
import io.claimline.platform.command.Commands;
import io.claimline.platform.command.IdempotentRequests;
import io.claimline.platform.kernel.Fields;
import io.claimline.platform.kernel.InvalidFieldsException;
import io.claimline.platform.kernel.NotFoundException;
import io.claimline.platform.kernel.StateConflictException;
import io.claimline.platform.security.CurrentActor;
import io.claimline.platform.security.Roles;
import io.claimline.platform.web.IfMatch;
import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Finding patients without plaintext columns, reviewing possible duplicates, and merging them. */
@RestController
@RequestMapping(path = "/api/patients", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Patients", description = "The clinic's patient registry")
class DuplicatesController {

    private final Commands commands;
    private final IdempotentRequests idempotent;
    private final PatientRecords records;
    private final PatientMatching matching;
    private final PatientWrites writes;
    private final MeterRegistry meters;

    DuplicatesController(Commands commands, IdempotentRequests idempotent, PatientRecords records,
            PatientMatching matching, PatientWrites writes, MeterRegistry meters) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.records = records;
        this.matching = matching;
        this.writes = writes;
        this.meters = meters;
    }

    @Operation(summary = "Search patients", description = "By family name (matched by sound), given name (its "
            + "initial) and date of birth, and/or by member id (both: patients matching both). PHI travels in the "
            + "body, never in the URL. Paged.")
    @PostMapping(path = "/search", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed({Roles.FRONT_DESK, Roles.BILLER, Roles.MANAGER, Roles.AUDITOR, Roles.CLINIC_SYSTEM})
    Page<PatientSummary> search(@Valid @RequestBody PatientSearch search) {
        Fields fields = new Fields();
        boolean byMember = search.memberId() != null && !search.memberId().isBlank();
        boolean byName = search.familyName() != null || search.givenName() != null || search.dateOfBirth() != null;
        fields.check("memberId", byMember || byName, "search by member id, or by name and date of birth");
        if (byName) {
            fields.check("familyName", search.familyName() != null && !search.familyName().isBlank(), "is required");
            fields.check("givenName", search.givenName() != null && !search.givenName().isBlank(), "is required");
            fields.check("dateOfBirth", search.dateOfBirth() != null, "is required");
        }
        fields.check("page", search.page() == null || search.page() >= 0, "must not be negative");
        fields.check("size", search.size() == null || (search.size() >= 1 && search.size() <= 100),
                "must be from 1 to 100");
        fields.throwIfInvalid();
        PageRequest page = new PageRequest(search.page(), search.size());
        String clinicId = CurrentActor.get().clinicId();
        List<PatientId> found;
        if (byName && byMember) {
            List<PatientId> members = matching.byMemberId(clinicId, search.memberId(), 0, 1000);
            found = matching.byNameAndDateOfBirth(clinicId, search.familyName(), search.givenName(),
                    search.dateOfBirth(), 0, 1000).stream().filter(members::contains)
                    .skip(page.offset()).limit(page.limit()).toList();
        } else if (byMember) {
            found = matching.byMemberId(clinicId, search.memberId(), page.offset(), page.limit());
        } else {
            found = matching.byNameAndDateOfBirth(clinicId, search.familyName(), search.givenName(),
                    search.dateOfBirth(), page.offset(), page.limit());
        }
        return Page.of(page, records.findAll(found, clinicId).stream()
                .filter(summary -> summary.mergedInto() == null).toList());
    }

    @Operation(summary = "Possible duplicates waiting for review", description = "Pairs found at registration "
            + "(at least two blind keys in common), neither merged nor dismissed; oldest first.")
    @GetMapping("/duplicates")
    @RolesAllowed({Roles.FRONT_DESK, Roles.BILLER, Roles.MANAGER, Roles.AUDITOR})
    Page<PatientRecords.DuplicateCandidate> duplicates(@Valid PageRequest page) {
        return Page.of(page, records.pendingDuplicates(CurrentActor.get().clinicId(), page.offset(), page.limit()));
    }

    @Operation(summary = "Dismiss a possible duplicate", description = "The candidate is a different person. "
            + "If-Match (the patient's ETag) required.")
    @PostMapping(path = "/{patientId}/duplicates/{candidateId}/dismissal", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed({Roles.FRONT_DESK, Roles.BILLER, Roles.MANAGER})
    ResponseEntity<Void> dismiss(@PathVariable UUID patientId, @PathVariable UUID candidateId,
            @Valid @RequestBody ReasonRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long expected = IfMatch.requiredVersion(ifMatch);
        commands.sendForCurrentRequest(new DismissPossibleDuplicateCommand(new PatientId(patientId), expected,
                new PatientId(candidateId), request.reason()));
        return writes.written(patientId, expected + 1);
    }

    @Operation(summary = "Merge a duplicate into the surviving patient",
            description = "The duplicate's history stays whole; its id answers with the surviving patient from now "
                    + "on, here and in billing, claims and collections (PatientMerged). If-Match is the duplicate's "
                    + "ETag. Retries with the same Idempotency-Key merge once.")
    @PostMapping(path = "/{patientId}/merge", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed({Roles.BILLER, Roles.MANAGER})
    ResponseEntity<Void> merge(@PathVariable UUID patientId, @Valid @RequestBody MergeRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        if (request.survivingPatientId() == null) {
            throw InvalidFieldsException.of("survivingPatientId", "is required");
        }
        long expected = IfMatch.requiredVersion(ifMatch);
        String clinicId = CurrentActor.get().clinicId();
        records.state(new PatientId(patientId), clinicId).orElseThrow(() -> new NotFoundException("patient"));
        PatientRecords.State survivor = records.state(new PatientId(request.survivingPatientId()), clinicId)
                .orElseThrow(() -> InvalidFieldsException.of("survivingPatientId", "no such patient in this clinic"));
        if (survivor.mergedInto() != null || survivor.erased()) {
            throw new StateConflictException("the surviving patient was itself merged or erased");
        }
        idempotent.execute(idempotencyKey, "merge-patient:" + patientId, request, Boolean.class, () -> {
            commands.sendForCurrentRequest(new MergePatientCommand(new PatientId(patientId), expected,
                    new PatientId(request.survivingPatientId()), request.reason()));
            meters.counter("claimline.patients.merged").increment();
            return Boolean.TRUE;
        });
        return writes.written(patientId, expected + 1);
    }

}
