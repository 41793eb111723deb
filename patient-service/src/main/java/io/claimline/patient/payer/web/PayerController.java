package io.claimline.patient.payer.web;

import io.claimline.patient.payer.api.AddPayerCommand;
import io.claimline.patient.payer.api.ChangePayerCommand;
import io.claimline.patient.payer.api.DeactivatePayerCommand;
import io.claimline.patient.payer.api.PayerId;
import io.claimline.patient.payer.api.ReactivatePayerCommand;
import io.claimline.patient.payer.query.PayerDirectory;
import io.claimline.patient.payer.query.PayerPage;
import io.claimline.patient.payer.query.PayerView;
import io.claimline.platform.command.Commands;
import io.claimline.platform.command.IdempotentRequests;
import io.claimline.platform.kernel.Fields;
import io.claimline.platform.kernel.NotFoundException;
import io.claimline.platform.security.CurrentActor;
import io.claimline.platform.security.Roles;
import io.claimline.platform.web.IfMatch;
import io.claimline.platform.web.ReadYourWrites;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.net.URI;
import java.util.UUID;
import java.util.function.Function;
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

/**
 * The clinic's payer registry. Under {@code /api/patients/payers} so the gateway's patient-service route serves it:
 * the literal segment wins over {@code /api/patients/{patientId}} (which only takes UUIDs anyway), as
 * {@code /api/patients/operations} already does.
 */
@RestController
@RequestMapping(path = "/api/patients/payers", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Payers", description = "The insurance payers a clinic bills")
class PayerController {

    private final Commands commands;
    private final IdempotentRequests idempotent;
    private final PayerDirectory directory;
    private final ReadYourWrites readYourWrites;

    PayerController(Commands commands, IdempotentRequests idempotent, PayerDirectory directory,
            ReadYourWrites readYourWrites) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.directory = directory;
        this.readYourWrites = readYourWrites;
    }

    @Operation(summary = "Add a payer", description = "Every field that breaks a rule is named in errors[] (400), "
            + "including an EDI payer id another active payer of the clinic has. Retries with the same "
            + "Idempotency-Key add once. Answers once the payer can be read back; the ETag is its version.")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed(Roles.ADMIN)
    ResponseEntity<PayerCreated> add(@RequestBody PayerRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        var outcome = idempotent.execute(idempotencyKey, "add-payer", request, PayerCreated.class, () -> {
            PayerId payerId = PayerId.random();
            commands.sendForCurrentRequest(new AddPayerCommand(payerId, request.details()));
            return new PayerCreated(payerId.toString());
        });
        UUID payerId = UUID.fromString(outcome.result().payerId());
        awaitVersion(payerId, 0);
        return ResponseEntity.created(URI.create("/api/patients/payers/" + payerId))
                .eTag("0")
                .header("Idempotency-Replayed", String.valueOf(outcome.replayed()))
                .body(outcome.result());
    }

    @Operation(summary = "Read a payer", description = "Another clinic's payer answers 404. The ETag is the version "
            + "to send in If-Match.")
    @GetMapping("/{payerId}")
    @RolesAllowed({Roles.FRONT_DESK, Roles.BILLER, Roles.MANAGER, Roles.AUDITOR, Roles.ADMIN, Roles.CLINIC_SYSTEM})
    ResponseEntity<PayerView> get(@PathVariable UUID payerId) {
        PayerView payer = directory.find(CurrentActor.get().clinicId(), payerId)
                .orElseThrow(() -> new NotFoundException("payer"));
        return ResponseEntity.ok().eTag(String.valueOf(payer.version())).body(payer);
    }

    @Operation(summary = "List the clinic's payers", description = "Ordered by name; `name` finds payers whose name "
            + "contains it (any case), `active=true` only active ones. Pages count from 0.")
    @GetMapping
    @RolesAllowed({Roles.FRONT_DESK, Roles.BILLER, Roles.MANAGER, Roles.AUDITOR, Roles.ADMIN, Roles.CLINIC_SYSTEM})
    PayerPage list(@Parameter(example = "aet") @RequestParam(required = false) String name,
            @RequestParam(defaultValue = "false") boolean active,
            @Parameter(example = "0") @RequestParam(defaultValue = "0") int page,
            @Parameter(example = "20") @RequestParam(defaultValue = "20") int size) {
        new Fields()
                .check("page", page >= 0, "must be 0 or more")
                .check("size", size >= 1 && size <= PayerDirectory.MAX_PAGE_SIZE,
                        "must be 1 to " + PayerDirectory.MAX_PAGE_SIZE)
                .check("name", name == null || name.length() <= 60, "must be at most 60 characters")
                .throwIfInvalid();
        return directory.list(CurrentActor.get().clinicId(), name, active, page, size);
    }

    @Operation(summary = "Change a payer", description = "Replaces every value. If-Match (the ETag read) is required "
            + "(428 without it); a change made since the caller read the payer answers 409. Answers once the new "
            + "version can be read back; the ETag is it.")
    @PutMapping(path = "/{payerId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed(Roles.ADMIN)
    ResponseEntity<Void> change(@PathVariable UUID payerId, @RequestBody PayerRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        long expected = IfMatch.requiredVersion(ifMatch);
        return write(payerId, idempotencyKey, "change-payer:" + payerId, request,
                id -> new ChangePayerCommand(id, expected, request.details()));
    }

    @Operation(summary = "Deactivate a payer", description = "The clinic stops billing it; its EDI payer id becomes "
            + "free for another payer. If-Match is optional (409 when stale); an inactive payer answers 409.")
    @PostMapping("/{payerId}/deactivation")
    @RolesAllowed(Roles.ADMIN)
    ResponseEntity<Void> deactivate(@PathVariable UUID payerId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        Long expected = IfMatch.optionalVersion(ifMatch);
        return write(payerId, idempotencyKey, "deactivate-payer:" + payerId, ifMatch,
                id -> new DeactivatePayerCommand(id, expected));
    }

    @Operation(summary = "Reactivate a payer", description = "With the details it had; 400 naming ediPayerId when "
            + "another active payer took its EDI payer id meanwhile. If-Match is optional; an active payer answers "
            + "409.")
    @PostMapping("/{payerId}/reactivation")
    @RolesAllowed(Roles.ADMIN)
    ResponseEntity<Void> reactivate(@PathVariable UUID payerId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        Long expected = IfMatch.optionalVersion(ifMatch);
        return write(payerId, idempotencyKey, "reactivate-payer:" + payerId, ifMatch,
                id -> new ReactivatePayerCommand(id, expected));
    }

    /** Sends the command once per Idempotency-Key and answers once its version can be read back. */
    private ResponseEntity<Void> write(UUID payerId, String idempotencyKey, String operation, Object request,
            Function<PayerId, Object> command) {
        Long version = idempotent.execute(idempotencyKey, operation, request == null ? "" : request, Long.class,
                () -> commands.<Long>sendForCurrentRequest(command.apply(new PayerId(payerId)))).result();
        awaitVersion(payerId, version);
        return ResponseEntity.noContent().eTag(String.valueOf(version)).build();
    }

    private void awaitVersion(UUID payerId, long version) {
        String clinicId = CurrentActor.get().clinicId();
        readYourWrites.await(payerId.toString(), version, () -> directory.shows(clinicId, payerId, version));
    }
}
