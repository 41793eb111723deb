package io.claimline.claims.claim.web;

import io.claimline.claims.claim.api.ClaimOnlyFields;
import io.claimline.claims.claim.api.EditClaimFieldsCommand;
import io.claimline.claims.claim.api.RequestScrubCommand;
import io.claimline.claims.claim.integration.ClaimDrafting;
import io.claimline.claims.claim.query.ClaimHistoryEntry;
import io.claimline.claims.claim.query.ClaimQueries;
import io.claimline.claims.claim.query.ClaimView;
import io.claimline.platform.command.Commands;
import io.claimline.platform.kernel.NotFoundException;
import io.claimline.platform.kernel.StateConflictException;
import io.claimline.platform.phi.PhiVault;
import io.claimline.platform.phi.PurposeOfUse;
import io.claimline.platform.phi.SealedValue;
import io.claimline.platform.security.Actor;
import io.claimline.platform.security.CurrentActor;
import io.claimline.platform.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Claims: read (with their history), their claim-only fields edited, and scrubbed again after a correction
 * elsewhere. Demographics and coverage are corrected in patient-service, codes and charges in billing; the claim
 * follows.
 */
@RestController
@RequestMapping(path = "/api/claims/claims", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Claims", description = "Claims to the primary payer, drafted from confirmed encounters")
class ClaimController {

    private final ClaimQueries claims;
    private final Commands commands;
    private final PhiVault vault;

    ClaimController(ClaimQueries claims, Commands commands, PhiVault vault) {
        this.claims = claims;
        this.commands = commands;
        this.vault = vault;
    }

    @Operation(summary = "Read a claim", description = "Status, content (codes, charges, pointers), the last "
            + "scrub's edits (field and fix), the last rejection in words, the timely-filing deadline and days left, "
            + "the current submission and acknowledgement.")
    @GetMapping("/{claimId}")
    @RolesAllowed({Roles.BILLER, Roles.MANAGER, Roles.AUDITOR, Roles.CLINIC_SYSTEM})
    ClaimView get(@Parameter(example = "5b0c7e1a-3d2f-4a6b-9c8d-1e2f3a4b5c6d") @PathVariable UUID claimId) {
        return claims.find(claimId, CurrentActor.get().clinicId()).orElseThrow(() -> new NotFoundException("claim"));
    }

    @Operation(summary = "The claim of an encounter", description = "For clinic systems that know the encounter.")
    @GetMapping("/by-encounter/{encounterId}")
    @RolesAllowed({Roles.BILLER, Roles.MANAGER, Roles.AUDITOR, Roles.CLINIC_SYSTEM})
    ClaimView byEncounter(
            @Parameter(example = "3c9a7e21-5b4d-4f8e-a1c2-7d6e5f4a3b21") @PathVariable UUID encounterId) {
        return claims.find(UUID.fromString(ClaimDrafting.claimIdOf(encounterId.toString())),
                CurrentActor.get().clinicId()).orElseThrow(() -> new NotFoundException("claim"));
    }

    @Operation(summary = "The claim's history", description = "Every transition: what, the status after it, when, "
            + "by whom and why.")
    @GetMapping("/{claimId}/history")
    @RolesAllowed({Roles.BILLER, Roles.MANAGER, Roles.AUDITOR})
    List<ClaimHistoryEntry> history(
            @Parameter(example = "5b0c7e1a-3d2f-4a6b-9c8d-1e2f3a4b5c6d") @PathVariable UUID claimId) {
        List<ClaimHistoryEntry> history = claims.history(claimId, CurrentActor.get().clinicId());
        if (history.isEmpty()) {
            throw new NotFoundException("claim");
        }
        return history;
    }

    @Operation(summary = "Edit the claim-only fields", description = "Prior authorisation (REF*G1), a note to the "
            + "payer (NTE) and the delay reason (CLM20), with a reason; the claim is scrubbed again. Only a claim "
            + "not filed (drafted, needing correction, ready or rejected) is edited: 409 otherwise.")
    @PutMapping(path = "/{claimId}/fields", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    @RolesAllowed({Roles.BILLER, Roles.MANAGER})
    void editFields(@Parameter(example = "5b0c7e1a-3d2f-4a6b-9c8d-1e2f3a4b5c6d") @PathVariable UUID claimId,
            @Valid @RequestBody ClaimFieldsRequest request) {
        Actor actor = CurrentActor.get();
        ClaimView claim = claims.find(claimId, actor.clinicId()).orElseThrow(() -> new NotFoundException("claim"));
        SealedValue note = request.note() == null || request.note().isBlank() ? null : seal(actor, claim,
                request.note().strip());
        commands.sendForCurrentRequest(new EditClaimFieldsCommand(claimId.toString(),
                new ClaimOnlyFields(request.priorAuthorization(), note, request.delayReasonCode()),
                request.reason()));
    }

    @Operation(summary = "Scrub the claim again", description = "After a correction elsewhere (patient-service, "
            + "billing, the practice), with the reason. Only a claim not filed: 409 otherwise.")
    @PostMapping(path = "/{claimId}/scrubs", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    @RolesAllowed({Roles.BILLER, Roles.MANAGER})
    void scrub(@Parameter(example = "5b0c7e1a-3d2f-4a6b-9c8d-1e2f3a4b5c6d") @PathVariable UUID claimId,
            @Valid @RequestBody ScrubRequest request) {
        claims.find(claimId, CurrentActor.get().clinicId()).orElseThrow(() -> new NotFoundException("claim"));
        boolean requested = commands.sendForCurrentRequest(new RequestScrubCommand(claimId.toString(),
                request.reason()));
        if (!requested) {
            throw new StateConflictException("the claim is filed (or withdrawn); only a claim not filed is scrubbed "
                    + "again");
        }
    }

    private SealedValue seal(Actor actor, ClaimView claim, String note) {
        PhiVault.SealedField.Result sealed = vault.seal(new PhiVault.PhiAccess(actor.clinicId(), actor.userId(),
                PurposeOfUse.CLAIM_SUBMISSION), List.of(new PhiVault.PlainField(claim.patientId(), "claimNote",
                note))).get(0);
        if (sealed.outcome() != PhiVault.Outcome.SEALED) {
            throw new NotFoundException("patient"); // erased or unknown to the vault: nothing can be sealed for them
        }
        return sealed.value();
    }
}
