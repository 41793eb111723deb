package io.claimline.claims.claim.integration;

import io.claimline.claims.claim.api.ClaimDraftedEvent;
import io.claimline.claims.claim.api.ClaimFieldsEditedEvent;
import io.claimline.claims.claim.api.ClaimRedraftedEvent;
import io.claimline.claims.claim.api.ClaimScrubRequestedEvent;
import io.claimline.claims.claim.api.ClaimToCheck;
import io.claimline.claims.claim.api.DescribeClaimForScrubbingCommand;
import io.claimline.claims.claim.api.RecordScrubResultCommand;
import io.claimline.claims.claim.api.ScrubEdit;
import io.claimline.claims.claim.query.ClaimQueries;
import io.claimline.claims.scrubber.ClaimToScrub;
import io.claimline.claims.scrubber.ScrubContext;
import io.claimline.claims.scrubber.ScrubResult;
import io.claimline.claims.scrubber.Scrubber;
import io.claimline.platform.codes.LoadedCodeSets;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Runs the scrubber whenever a claim waits for it (drafted, redrafted, its claim-only fields edited, a scrub asked
 * for after a correction elsewhere), and records the result on the claim. It asks the claim what to check, so it
 * always checks the claim as it is now; a result for a claim that changed meanwhile is ignored by the claim, and the
 * newer change has its own turn. Sends commands, so never replayed.
 */
@Component
@ProcessingGroup(ClaimScrubbing.PROCESSING_GROUP)
@DisallowReplay
class ClaimScrubbing {

    static final String PROCESSING_GROUP = "claim-scrubbing";

    private final CommandGateway commands;
    private final ClaimFacts facts;
    private final ClaimQueries claims;
    private final LoadedCodeSets codeSets;
    private final Clock clock;
    private final Scrubber scrubber = Scrubber.standard();
    private final MeterRegistry meters;
    private final Timer timer;

    ClaimScrubbing(CommandGateway commands, ClaimFacts facts, ClaimQueries claims, LoadedCodeSets codeSets,
            Clock clock, MeterRegistry meters) {
        this.commands = commands;
        this.facts = facts;
        this.claims = claims;
        this.codeSets = codeSets;
        this.clock = clock;
        this.meters = meters;
        this.timer = Timer.builder("claimline.claims.scrub.duration").description("One claim scrubbed")
                .register(meters);
        meters.counter("claimline.claims.scrubbed", "outcome", "ready");
        meters.counter("claimline.claims.scrubbed", "outcome", "needs_correction");
    }

    @EventHandler
    void on(ClaimDraftedEvent event) {
        scrub(event.claimId());
    }

    @EventHandler
    void on(ClaimRedraftedEvent event) {
        scrub(event.claimId());
    }

    @EventHandler
    void on(ClaimFieldsEditedEvent event) {
        scrub(event.claimId());
    }

    @EventHandler
    void on(ClaimScrubRequestedEvent event) {
        scrub(event.claimId());
    }

    private void scrub(String claimId) {
        ClaimToCheck check = commands.sendAndWait(new DescribeClaimForScrubbingCommand(claimId));
        if (!check.awaitingScrub()) {
            return; // scrubbed already on an earlier event's turn, or filed
        }
        ScrubResult result = timer.record(() -> {
            ClaimToScrub claim = facts.toScrub(check);
            return scrubber.scrub(claim, ScrubContext.of(clock, codeSets.forClinic(check.clinicId()), claims));
        });
        commands.sendAndWait(new RecordScrubResultCommand(claimId, check.checkVersion(), result.edits().stream()
                .map(edit -> new ScrubEdit(edit.rule(), edit.field(), edit.problem(), edit.fix())).toList()));
        meters.counter("claimline.claims.scrubbed", "outcome", result.passed() ? "ready" : "needs_correction")
                .increment();
    }
}
