package io.claimline.claims.claim.web;

import io.claimline.claims.claim.query.ClaimQueries;
import io.claimline.claims.claim.query.ClaimSummary;
import io.claimline.claims.claim.query.QueueSort;
import io.claimline.claims.claim.query.WorkQueue;
import io.claimline.claims.encounter.web.Page;
import io.claimline.claims.encounter.web.PageRequest;
import io.claimline.platform.security.CurrentActor;
import io.claimline.platform.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The claims work queues billers work from: paged and sortable. */
@RestController
@RequestMapping(path = "/api/claims/work-queues", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Claim work queues", description = "Needs correction, rejected, unacknowledged, timely filing")
class WorkQueueController {

    private final ClaimQueries claims;

    WorkQueueController(ClaimQueries claims) {
        this.claims = claims;
    }

    @Operation(summary = "How many claims each queue holds")
    @GetMapping
    @RolesAllowed({Roles.BILLER, Roles.MANAGER, Roles.AUDITOR})
    Map<WorkQueue, Long> counts() {
        String clinicId = CurrentActor.get().clinicId();
        Map<WorkQueue, Long> counts = new LinkedHashMap<>();
        Arrays.stream(WorkQueue.values()).forEach(queue -> counts.put(queue, claims.count(clinicId, queue)));
        return counts;
    }

    @Operation(summary = "A page of a work queue", description = "NEEDS_CORRECTION (scrubber edits), REJECTED "
            + "(TA1/999/277CA, with the reason in words), UNACKNOWLEDGED (submitted, no 277CA in due time), "
            + "TIMELY_FILING (deadline near or passed, not filed), READY, SUBMITTED. Sorted by STATUS_CHANGED_AT "
            + "(default), SERVICE_FROM, TIMELY_FILING_DEADLINE, TOTAL_CHARGE or SUBMITTED_AT.")
    @GetMapping("/{queue}")
    @RolesAllowed({Roles.BILLER, Roles.MANAGER, Roles.AUDITOR})
    Page<ClaimSummary> queue(@Parameter(example = "NEEDS_CORRECTION") @PathVariable WorkQueue queue,
            @Parameter(example = "STATUS_CHANGED_AT") @RequestParam(defaultValue = "STATUS_CHANGED_AT") QueueSort sort,
            @Parameter(example = "false") @RequestParam(defaultValue = "false") boolean descending,
            @Valid PageRequest page) {
        return Page.of(page, claims.queue(CurrentActor.get().clinicId(), queue, sort, descending, page.offset(),
                page.limit()));
    }
}
