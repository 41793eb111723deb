package io.claimline.platform.integration;

import io.claimline.platform.security.CurrentActor;
import io.claimline.platform.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operators' view of the integration events this service refused, and the re-drive once a cause is fixed. Under
 * each service's own API path ({@code claimline.operations.path}, e.g. {@code /api/billing/operations}), so the
 * gateway routes it like the rest of that service; scoped to the caller's clinic like every read.
 */
@RestController
@RequestMapping(path = "${claimline.operations.path}/refused-events", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Refused integration events", description = "Events a business rule of this service refused")
public class RefusedEventsController {

    private static final Pattern EVENT_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private final RefusedEvents refusals;
    private final IntegrationEvents events;

    public RefusedEventsController(RefusedEvents refusals, IntegrationEvents events) {
        this.refusals = refusals;
        this.events = events;
    }

    @Operation(summary = "List refused integration events", description = "Newest first; waiting ones only unless "
            + "includeResolved=true.")
    @GetMapping
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    List<RefusedEvents.RefusedEvent> list(@RequestParam(defaultValue = "false") boolean includeResolved) {
        return refusals.list(CurrentActor.get().clinicId(), includeResolved, 500);
    }

    @Operation(summary = "Re-drive a refused event", description = "Applies it again, at most once; it stays "
            + "refused, with the new reason, while its cause remains.")
    @PostMapping("/{eventId}/redrive")
    @RolesAllowed(Roles.ADMIN)
    Redriven redrive(@PathVariable String eventId) {
        if (!EVENT_ID.matcher(eventId).matches()) {
            throw new IllegalArgumentException("eventId is not an event id");
        }
        String clinicId = CurrentActor.get().clinicId();
        IntegrationEventRouter.Outcome outcome = events.redrive(eventId, clinicId);
        return new Redriven(eventId, outcome.name().toLowerCase(Locale.ROOT));
    }

    /** What the re-drive did: applied, duplicate (applied before), or refused again. */
    public record Redriven(String eventId, String outcome) {
    }
}
