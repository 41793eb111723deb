package io.claimline.claims.submission.web;

import io.claimline.claims.encounter.web.Page;
import io.claimline.claims.encounter.web.PageRequest;
import io.claimline.claims.submission.BatchCut;
import io.claimline.claims.submission.BatchTransmission;
import io.claimline.claims.submission.BatchView;
import io.claimline.claims.submission.BatchViews;
import io.claimline.claims.submission.ClaimBatches;
import io.claimline.platform.documents.EncryptedDocuments;
import io.claimline.platform.kernel.NotFoundException;
import io.claimline.platform.security.Actor;
import io.claimline.platform.security.CurrentActor;
import io.claimline.platform.security.Roles;
import io.claimline.web.RequestIds;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Batches of claims sent to the clearinghouse: cut on demand, listed, read, their 837 file downloaded. */
@RestController
@RequestMapping(path = "/api/claims/batches", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Claim batches", description = "837P interchanges of ready claims, per payer")
class BatchController {

    private final ClaimBatches batches;
    private final BatchTransmission transmission;
    private final BatchViews views;
    private final EncryptedDocuments documents;

    BatchController(ClaimBatches batches, BatchTransmission transmission, BatchViews views,
            EncryptedDocuments documents) {
        this.batches = batches;
        this.transmission = transmission;
        this.views = views;
        this.documents = documents;
    }

    @Operation(summary = "Cut the ready claims into batches now, and send them",
            description = "One batch (one 837P interchange) per payer with ready claims, or only the payer given. "
                    + "Answers the batches cut (none when nothing is ready). A claim that cannot be written stays "
                    + "ready and is listed in leftOut.")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed({Roles.BILLER, Roles.MANAGER})
    List<BatchCut> cut(@Valid @RequestBody BatchRequest request) {
        Actor actor = CurrentActor.get();
        List<BatchCut> cut = batches.cut(actor.clinicId(), request.payerId(), actor.userId(),
                RequestIds.currentCorrelationId());
        if (!cut.isEmpty()) {
            transmission.sendPending();
        }
        return cut;
    }

    @Operation(summary = "The clinic's batches, newest first")
    @GetMapping
    @RolesAllowed({Roles.BILLER, Roles.MANAGER, Roles.AUDITOR})
    Page<BatchView> list(@Valid PageRequest page) {
        return Page.of(page, views.list(CurrentActor.get().clinicId(), page.offset(), page.limit()));
    }

    @Operation(summary = "Read a batch")
    @GetMapping("/{batchId}")
    @RolesAllowed({Roles.BILLER, Roles.MANAGER, Roles.AUDITOR})
    BatchView get(@Parameter(example = "6f1e2d3c-4b5a-4968-8776-5a4b3c2d1e0f") @PathVariable UUID batchId) {
        return views.find(batchId, CurrentActor.get().clinicId()).orElseThrow(() -> new NotFoundException("batch"));
    }

    @Operation(summary = "Download the batch's 837P file", description = "Decrypted from the service's document "
            + "store; it holds patients' data, so only billers download it.")
    @GetMapping(path = "/{batchId}/file", produces = "application/edi-x12")
    @RolesAllowed({Roles.BILLER, Roles.MANAGER})
    ResponseEntity<byte[]> file(
            @Parameter(example = "6f1e2d3c-4b5a-4968-8776-5a4b3c2d1e0f") @PathVariable UUID batchId) {
        String clinicId = CurrentActor.get().clinicId();
        BatchView batch = views.find(batchId, clinicId).orElseThrow(() -> new NotFoundException("batch"));
        byte[] content = documents.read(clinicId, batch.fileSha256())
                .orElseThrow(() -> new NotFoundException("batch"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(ClaimBatches.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + batch.fileName() + "\"")
                .body(content);
    }
}
