package io.claimline.billing.encounter.web;

import io.claimline.billing.encounter.api.AmendEncounterCommand;
import io.claimline.billing.encounter.api.ConfirmEncounterCommand;
import io.claimline.billing.encounter.api.Confirmer;
import io.claimline.billing.encounter.api.EncounterData;
import io.claimline.billing.encounter.api.EncounterId;
import io.claimline.billing.encounter.api.RecordEncounterCommand;
import io.claimline.billing.encounter.api.VoidEncounterCommand;
import io.claimline.billing.encounter.query.EncounterProjection;
import io.claimline.billing.encounter.query.EncounterView;
import io.claimline.billing.encounter.query.PendingReview;
import io.claimline.platform.command.Commands;
import io.claimline.platform.command.IdempotentRequests;
import io.claimline.platform.kernel.NotFoundException;
import io.claimline.platform.phi.PhiVault;
import io.claimline.platform.phi.PurposeOfUse;
import io.claimline.platform.security.Actor;
import io.claimline.platform.security.CurrentActor;
import io.claimline.platform.security.Roles;
import io.claimline.platform.web.IfMatch;
import io.claimline.platform.web.ReadYourWrites;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Encounters of the caller's clinic: recorded by billers, providers and clinic systems, reviewed by their rendering
 * provider (a manager may confirm for them, with a reason), corrected by amendments, voided with a reason. Another
 * clinic's encounter answers 404. Writes take an Idempotency-Key and answer once the read model shows them, with
 * the encounter's version as ETag.
 */
@RestController
@Validated
@RequestMapping(path = "/api/billing/encounters", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Encounters", description = "Services rendered, provider review, amendments")
class EncounterController {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final Commands commands;
    private final IdempotentRequests idempotent;
    private final EncounterProjection encounters;
    private final EncounterPreparation preparation;
    private final ReadYourWrites readYourWrites;
    private final PhiVault vault;

    EncounterController(Commands commands, IdempotentRequests idempotent, EncounterProjection encounters,
            EncounterPreparation preparation, ReadYourWrites readYourWrites, PhiVault vault) {
        this.vault = vault;
        this.commands = commands;
        this.idempotent = idempotent;
        this.encounters = encounters;
        this.preparation = preparation;
        this.readYourWrites = readYourWrites;
    }

    @Operation(summary = "Record an encounter",
            description = "Pending provider review until its rendering provider confirms it. Charges default to the "
                    + "chargemaster's price × units; a different charge needs chargeOverrideReason. 400 names every "
                    + "field problem; 404 an unknown patient, coverage, location or provider (errors[] names the "
                    + "field); 409 a coverage not in force or a provider or location not with the clinic on the "
                    + "dates of service.")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed({Roles.BILLER, Roles.PROVIDER, Roles.MANAGER, Roles.CLINIC_SYSTEM})
    ResponseEntity<EncounterWrite> record(@RequestBody EncounterRequest request,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        Actor actor = CurrentActor.get();
        EncounterData data = preparation.prepare(actor, request);
        var outcome = idempotent.execute(idempotencyKey, "encounter-record", request, EncounterWrite.class, () -> {
            EncounterId id = new EncounterId(UUID.randomUUID());
            commands.sendForCurrentRequest(new RecordEncounterCommand(id, data));
            return new EncounterWrite(id.toString(), 0);
        });
        return answer(outcome, HttpStatus.CREATED);
    }

    @Operation(summary = "Read an encounter", description = "As it now stands; the ETag is its version.")
    @GetMapping("/{encounterId}")
    @RolesAllowed({Roles.BILLER, Roles.PROVIDER, Roles.MANAGER, Roles.AUDITOR, Roles.CLINIC_SYSTEM})
    ResponseEntity<EncounterView> get(@PathVariable UUID encounterId) {
        EncounterView view = find(encounterId);
        return ResponseEntity.ok().eTag(String.valueOf(view.version())).body(view);
    }

    @Operation(summary = "Open an encounter's line notes",
            description = "The notes to the payer of the lines that have one, opened through patient-service's PHI "
                    + "vault (purpose charge_capture, on behalf of the caller, recorded in the PHI access record). "
                    + "503 when the vault is not available.")
    @GetMapping("/{encounterId}/notes")
    @RolesAllowed({Roles.BILLER, Roles.PROVIDER, Roles.MANAGER, Roles.AUDITOR})
    ResponseEntity<List<LineNote>> notes(@PathVariable UUID encounterId) {
        EncounterView view = find(encounterId);
        Actor actor = CurrentActor.get();
        String patientId = view.encounter().patientId().toString();
        List<EncounterData.Line> noted = view.encounter().lines().stream().filter(line -> line.note() != null)
                .toList();
        if (noted.isEmpty()) {
            return ResponseEntity.ok(List.of());
        }
        List<PhiVault.OpenedField> opened = vault.open(new PhiVault.PhiAccess(actor.clinicId(), actor.userId(),
                PurposeOfUse.CHARGE_CAPTURE), noted.stream()
                .map(line -> new PhiVault.SealedField(patientId, "lineNote", line.note())).toList());
        List<LineNote> notes = new java.util.ArrayList<>();
        for (int i = 0; i < noted.size(); i++) {
            PhiVault.OpenedField field = opened.get(i);
            notes.add(new LineNote(noted.get(i).lineId().toString(), field.value(),
                    field.outcome() == PhiVault.Outcome.ERASED));
        }
        // PHI: never cached by the browser or a proxy.
        return ResponseEntity.ok().cacheControl(org.springframework.http.CacheControl.noStore()).body(notes);
    }

    @Operation(summary = "The provider review queue",
            description = "Encounters waiting for their rendering provider, oldest first, with their age. A "
                    + "provider sees their own; others see the clinic's, or one provider's with npi.")
    @GetMapping("/review-queue")
    @RolesAllowed({Roles.PROVIDER, Roles.MANAGER, Roles.BILLER, Roles.AUDITOR})
    List<PendingReview> reviewQueue(@Parameter(example = "1234567893") @RequestParam(required = false) String npi,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        Actor actor = CurrentActor.get();
        String own = CurrentActor.npi();
        String provider = own != null && !actor.roles().contains(Roles.MANAGER) ? own : npi;
        return encounters.reviewQueue(actor.clinicId(), provider, page, size);
    }

    @Operation(summary = "Confirm an encounter",
            description = "Only its rendering provider (the NPI on their token) or a manager, who must give a reason "
                    + "(onBehalf); anyone else 403. Once confirmed it is billable and published to claims. If-Match "
                    + "is optional.")
    @PostMapping(path = "/{encounterId}/confirmation", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed({Roles.PROVIDER, Roles.MANAGER})
    ResponseEntity<EncounterWrite> confirm(@PathVariable UUID encounterId, @RequestBody(required = false)
            ReasonRequest request, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        Long expected = IfMatch.optionalVersion(ifMatch);
        find(encounterId);
        String reason = request == null ? null : request.reason();
        return write(idempotencyKey, "encounter-confirm:" + encounterId, request, encounterId,
                () -> new ConfirmEncounterCommand(new EncounterId(encounterId), expected, confirmer(), reason));
    }

    @Operation(summary = "Amend an encounter",
            description = "The encounter restated in full with a reason (lineId keeps a line's identity). Pending: the "
                    + "rendering provider's amendment confirms it; anyone else's leaves it pending. Confirmed: a new "
                    + "revision, published as an amendment. If-Match is required (428 without, 409 when stale).")
    @PostMapping(path = "/{encounterId}/amendments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed({Roles.BILLER, Roles.PROVIDER, Roles.MANAGER})
    ResponseEntity<EncounterWrite> amend(@PathVariable UUID encounterId, @RequestBody EncounterRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        long expected = IfMatch.requiredVersion(ifMatch);
        find(encounterId);
        EncounterData data = preparation.prepare(CurrentActor.get(), request);
        return write(idempotencyKey, "encounter-amend:" + encounterId, request, encounterId,
                () -> new AmendEncounterCommand(new EncounterId(encounterId), expected, data, request.reason(),
                        confirmer()));
    }

    @Operation(summary = "Void an encounter", description = "With a reason; a confirmed one is published as voided.")
    @PostMapping(path = "/{encounterId}/void", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed({Roles.BILLER, Roles.MANAGER})
    ResponseEntity<EncounterWrite> voidEncounter(@PathVariable UUID encounterId, @RequestBody ReasonRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        Long expected = IfMatch.optionalVersion(ifMatch);
        find(encounterId);
        return write(idempotencyKey, "encounter-void:" + encounterId, request, encounterId,
                () -> new VoidEncounterCommand(new EncounterId(encounterId), expected, request.reason()));
    }

    private EncounterView find(UUID encounterId) {
        return encounters.find(CurrentActor.get().clinicId(), encounterId.toString())
                .orElseThrow(() -> new NotFoundException("Encounter"));
    }

    private static Confirmer confirmer() {
        return new Confirmer(CurrentActor.npi(), CurrentActor.get().roles().contains(Roles.MANAGER));
    }

    private ResponseEntity<EncounterWrite> write(String idempotencyKey, String operation, Object request,
            UUID encounterId, Supplier<Object> command) {
        var outcome = idempotent.execute(idempotencyKey, operation, request, EncounterWrite.class,
                () -> new EncounterWrite(encounterId.toString(), commands.<Long>sendForCurrentRequest(command.get())));
        return answer(outcome, HttpStatus.OK);
    }

    private ResponseEntity<EncounterWrite> answer(IdempotentRequests.Outcome<EncounterWrite> outcome,
            HttpStatus status) {
        EncounterWrite written = outcome.result();
        readYourWrites.await(written.encounterId(), written.version(),
                () -> encounters.shows(written.encounterId(), written.version()));
        return ResponseEntity.status(status).eTag(String.valueOf(written.version()))
                .header("Idempotency-Replayed", String.valueOf(outcome.replayed()))
                .body(written);
    }
}
