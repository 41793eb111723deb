package io.claimline.platform.reconciliation;

import io.claimline.platform.security.CurrentActor;
import io.claimline.platform.security.Roles;
import io.claimline.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operators' read-model endpoints, under the service's own API path ({@code claimline.operations.path}): the
 * reconciliation of every projection with a fresh replay (auditors and admins; the caller's clinic only), where each
 * projection stands, and the rebuild of one (admins). A service without projections answers empty lists.
 */
@RestController
@RequestMapping(path = "${claimline.operations.path}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Read models", description = "Reconcile read models with a fresh replay; rebuild one")
public class ReadModelsController {

    private final ReadModelReconciliation reconciliation;
    private final ReadModelRebuilds rebuilds;

    public ReadModelsController(ReadModelReconciliation reconciliation, ReadModelRebuilds rebuilds) {
        this.reconciliation = reconciliation;
        this.rebuilds = rebuilds;
    }

    @Operation(summary = "Reconcile read models", description = "Replays the service's events into shadow tables "
            + "and compares them with the live read models, for the caller's clinic. Changes no live state.")
    @PostMapping("/reconciliation/read-models")
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    List<ReadModelCheck> reconcile() {
        return reconciliation.reconcile(CurrentActor.get().clinicId());
    }

    @Operation(summary = "List read models", description = "Each projection's position, the event store's head, "
            + "whether it replays and whether it caught up.")
    @GetMapping("/read-models")
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    List<ReadModelStatus> readModels() {
        return rebuilds.statuses();
    }

    @Operation(summary = "Rebuild a read model", description = "Resets the projection's processor (its tables are "
            + "emptied) and replays every event; watch the list until it caught up. Affects every clinic.")
    @PostMapping("/read-models/{processingGroup}/rebuild")
    @RolesAllowed(Roles.ADMIN)
    ResponseEntity<ReadModelStatus> rebuild(@PathVariable String processingGroup) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(rebuilds.rebuild(processingGroup));
    }

    @ExceptionHandler(ReadModelConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ReadModelConflictException e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "conflict", "Conflict", e.getMessage());
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
