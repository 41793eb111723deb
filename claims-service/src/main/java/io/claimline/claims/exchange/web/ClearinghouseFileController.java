package io.claimline.claims.exchange.web;

import io.claimline.claims.encounter.web.Page;
import io.claimline.claims.encounter.web.PageRequest;
import io.claimline.claims.exchange.inbound.InboundFileView;
import io.claimline.claims.exchange.inbound.InboundFileViews;
import io.claimline.claims.exchange.inbound.InboundFiles;
import io.claimline.platform.documents.EncryptedDocuments;
import io.claimline.platform.kernel.NotFoundException;
import io.claimline.platform.security.CurrentActor;
import io.claimline.platform.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Files received from the clearinghouse (TA1, 999, 277CA): listed with what came of them, inspected, polled now. */
@RestController
@Validated
@RequestMapping(path = "/api/claims/clearinghouse", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Clearinghouse files", description = "Acknowledgements received, applied or rejected whole")
class ClearinghouseFileController {

    private final InboundFileViews views;
    private final InboundFiles inbound;
    private final EncryptedDocuments documents;

    ClearinghouseFileController(InboundFileViews views, InboundFiles inbound, EncryptedDocuments documents) {
        this.views = views;
        this.inbound = inbound;
        this.documents = documents;
    }

    @Operation(summary = "Files received, newest first", description = "outcome APPLIED or REJECTED (malformed, "
            + "or naming nothing this service sent: segment position and reason given, nothing applied).")
    @GetMapping("/files")
    @RolesAllowed({Roles.BILLER, Roles.MANAGER, Roles.AUDITOR, Roles.ADMIN})
    Page<InboundFileView> list(@Parameter(example = "REJECTED") @RequestParam(required = false)
            @Pattern(regexp = "APPLIED|REJECTED") String outcome, @Valid PageRequest page) {
        return Page.of(page, views.list(CurrentActor.get().clinicId(), outcome, page.offset(), page.limit()));
    }

    @Operation(summary = "Download a received file as it came", description = "Decrypted from the service's "
            + "document store; acknowledgements name patients, so only billers download them.")
    @GetMapping(path = "/files/{fileId}/content", produces = "application/edi-x12")
    @RolesAllowed({Roles.BILLER, Roles.MANAGER})
    ResponseEntity<byte[]> content(
            @Parameter(example = "8d7c6b5a-4f3e-4d2c-9b1a-0f9e8d7c6b5a") @PathVariable UUID fileId) {
        InboundFileViews.Stored stored = views.find(fileId, CurrentActor.get().clinicId())
                .orElseThrow(() -> new NotFoundException("file"));
        byte[] content = documents.read(stored.storedUnder(), stored.file().fileSha256())
                .orElseThrow(() -> new NotFoundException("file"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/edi-x12"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + stored.file().fileName() + "\"")
                .body(content);
    }

    @Operation(summary = "Poll the clearinghouse now", description = "Answers how many new files were taken in.")
    @PostMapping("/polls")
    @RolesAllowed({Roles.BILLER, Roles.MANAGER, Roles.ADMIN})
    Map<String, Integer> poll() {
        return Map.of("received", inbound.poll());
    }
}
