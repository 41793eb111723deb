package io.claimline.patient.registry.web;

import io.claimline.patient.payer.query.PayerDirectory;
import io.claimline.patient.payer.query.PayerView;
import io.claimline.patient.registry.api.AddCoverageCommand;
import io.claimline.patient.registry.api.ChangeCoverageCommand;
import io.claimline.patient.registry.api.CoverageOrder;
import io.claimline.patient.registry.api.CoverageTerms;
import io.claimline.patient.registry.api.EndCoverageCommand;
import io.claimline.patient.registry.api.PatientId;
import io.claimline.patient.registry.api.Priority;
import io.claimline.patient.registry.api.ReorderCoveragesCommand;
import io.claimline.patient.registry.command.Demographics;
import io.claimline.patient.registry.query.CoverageSummary;
import io.claimline.patient.registry.query.PatientRecords;
import io.claimline.platform.command.Commands;
import io.claimline.platform.command.IdempotentRequests;
import io.claimline.platform.kernel.Fields;
import io.claimline.platform.kernel.InvalidFieldsException;
import io.claimline.platform.kernel.NotFoundException;
import io.claimline.platform.security.CurrentActor;
import io.claimline.platform.security.Roles;
import io.claimline.platform.web.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A patient's coverages: what is on file, in which order they pay, and what is in force on a date of service. */
@RestController
@RequestMapping(path = "/api/patients/{patientId}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Coverages", description = "A patient's insurance on file")
class CoverageController {

    private final Commands commands;
    private final IdempotentRequests idempotent;
    private final PatientRecords records;
    private final PayerDirectory payers;
    private final PatientWrites writes;
    private final Clock clock;

    CoverageController(Commands commands, IdempotentRequests idempotent, PatientRecords records,
            PayerDirectory payers, PatientWrites writes, Clock clock) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.records = records;
        this.payers = payers;
        this.writes = writes;
        this.clock = clock;
    }

    @Operation(summary = "Add a coverage", description = "The payer must be one of the clinic's active payers. No two "
            + "coverages of one priority may be in force on the same day. If-Match (the patient's ETag) is optional; "
            + "retries with the same Idempotency-Key add once. The ETag answered is the patient's new version.")
    @PostMapping(path = "/coverages", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed({Roles.FRONT_DESK, Roles.BILLER, Roles.MANAGER, Roles.CLINIC_SYSTEM})
    ResponseEntity<CoverageCreated> add(@PathVariable UUID patientId, @Valid @RequestBody CoverageRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        CoverageTerms terms = checked(request, new Fields());
        Long expected = IfMatch.optionalVersion(ifMatch);
        PatientRecords.State patient = patient(patientId);
        requireActivePayer(terms.payerId());
        var outcome = idempotent.execute(idempotencyKey, "add-coverage:" + patientId, request, CoverageCreated.class,
                () -> {
                    String coverageId = UUID.randomUUID().toString();
                    commands.sendForCurrentRequest(new AddCoverageCommand(new PatientId(patientId), expected,
                            coverageId, terms));
                    return new CoverageCreated(coverageId, (expected == null ? patient.version() : expected) + 1);
                });
        writes.written(patientId, outcome.result().patientVersion());
        return ResponseEntity.created(URI.create("/api/patients/" + patientId + "/coverages/"
                        + outcome.result().coverageId()))
                .eTag(String.valueOf(outcome.result().patientVersion())).body(outcome.result());
    }

    @Operation(summary = "A patient's coverages", description = "All on file, or (asOf) those in force on a date of "
            + "service, in the order they pay. Member ids and subscribers are opened for the caller.")
    @GetMapping("/coverages")
    @RolesAllowed({Roles.FRONT_DESK, Roles.BILLER, Roles.MANAGER, Roles.AUDITOR, Roles.CLINIC_SYSTEM})
    List<CoverageSummary> list(@PathVariable UUID patientId,
            @RequestParam(required = false) @io.swagger.v3.oas.annotations.Parameter(example = "2026-11-30")
            LocalDate asOf) {
        patient(patientId);
        String clinicId = CurrentActor.get().clinicId();
        return asOf == null ? records.coverages(new PatientId(patientId), clinicId)
                : records.coveragesOn(new PatientId(patientId), clinicId, asOf);
    }

    @Operation(summary = "Read one coverage")
    @GetMapping("/coverages/{coverageId}")
    @RolesAllowed({Roles.FRONT_DESK, Roles.BILLER, Roles.MANAGER, Roles.AUDITOR, Roles.CLINIC_SYSTEM})
    CoverageSummary get(@PathVariable UUID patientId, @PathVariable UUID coverageId) {
        return records.coverage(new PatientId(patientId), coverageId.toString(), CurrentActor.get().clinicId())
                .orElseThrow(() -> new NotFoundException("coverage"));
    }

    @Operation(summary = "Correct a coverage's terms", description = "The whole corrected terms and why; the "
            + "priority changes only by reordering. If-Match (the patient's ETag) required.")
    @PutMapping(path = "/coverages/{coverageId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed({Roles.FRONT_DESK, Roles.BILLER, Roles.MANAGER, Roles.CLINIC_SYSTEM})
    ResponseEntity<Void> change(@PathVariable UUID patientId, @PathVariable UUID coverageId,
            @Valid @RequestBody CoverageChange request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        if (request.terms() == null) {
            throw InvalidFieldsException.of("terms", "is required");
        }
        CoverageTerms terms = checked(request.terms(), new Fields().nested("terms"));
        long expected = IfMatch.requiredVersion(ifMatch);
        patient(patientId);
        requireActivePayer(terms.payerId());
        commands.sendForCurrentRequest(new ChangeCoverageCommand(new PatientId(patientId), expected,
                coverageId.toString(), terms, request.reason()));
        return writes.written(patientId, expected + 1);
    }

    @Operation(summary = "End a coverage", description = "The last day it pays for, and why. If-Match required.")
    @PostMapping(path = "/coverages/{coverageId}/end", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed({Roles.FRONT_DESK, Roles.BILLER, Roles.MANAGER, Roles.CLINIC_SYSTEM})
    ResponseEntity<Void> end(@PathVariable UUID patientId, @PathVariable UUID coverageId,
            @Valid @RequestBody CoverageEnd request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long expected = IfMatch.requiredVersion(ifMatch);
        commands.sendForCurrentRequest(new EndCoverageCommand(new PatientId(patientId), expected,
                coverageId.toString(), request.terminationDate(), request.reason()));
        return writes.written(patientId, expected + 1);
    }

    @Operation(summary = "Change the order the coverages pay in", description = "An explicit decision: each named "
            + "coverage takes its new priority, and no two may then share a priority on the same day. If-Match "
            + "required.")
    @PutMapping(path = "/coverage-order", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed({Roles.FRONT_DESK, Roles.BILLER, Roles.MANAGER, Roles.CLINIC_SYSTEM})
    ResponseEntity<Void> reorder(@PathVariable UUID patientId, @Valid @RequestBody CoverageOrderRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Fields fields = new Fields();
        List<CoverageOrder> order = new ArrayList<>();
        List<CoverageOrderRequest.Entry> entries = request.order() == null ? List.of() : request.order();
        for (int i = 0; i < entries.size(); i++) {
            CoverageOrderRequest.Entry entry = entries.get(i);
            fields.check("order[" + i + "].coverageId", entry.coverageId() != null, "is required");
            Priority priority = fields.required("order[" + i + "].priority", entry.priority(),
                    raw -> Priority.valueOf(raw.strip().toUpperCase(Locale.ROOT)));
            if (entry.coverageId() != null && priority != null) {
                order.add(new CoverageOrder(entry.coverageId().toString(), priority));
            }
        }
        fields.check("order", !entries.isEmpty(), "must name at least one coverage");
        fields.throwIfInvalid();
        long expected = IfMatch.requiredVersion(ifMatch);
        commands.sendForCurrentRequest(new ReorderCoveragesCommand(new PatientId(patientId), expected, order,
                request.reason()));
        return writes.written(patientId, expected + 1);
    }

    private CoverageTerms checked(CoverageRequest request, Fields fields) {
        CoverageTerms terms = request.toTerms(fields);
        if (terms.subscriber() != null) {
            Demographics.check(terms.subscriber(), LocalDate.now(clock), fields.nested("subscriber"));
        }
        fields.throwIfInvalid();
        return terms;
    }

    /** The patient's state; checking it exists opens nothing. */
    private PatientRecords.State patient(UUID patientId) {
        return records.state(new PatientId(patientId), CurrentActor.get().clinicId())
                .orElseThrow(() -> new NotFoundException("patient"));
    }

    private void requireActivePayer(String payerId) {
        if (payerId == null) {
            return; // the aggregate names the missing field
        }
        PayerView payer = payers.find(CurrentActor.get().clinicId(), UUID.fromString(payerId))
                .orElseThrow(() -> InvalidFieldsException.of("payerId", "no such payer in this clinic"));
        if (!payer.active()) {
            throw InvalidFieldsException.of("payerId", "the payer is inactive");
        }
    }

    /** The new coverage's id and the patient's version after adding it. */
    record CoverageCreated(String coverageId, long patientVersion) {
    }
}
