package io.claimline.platform.reconciliation;

import io.claimline.platform.kernel.NotFoundException;
import java.util.List;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;

/**
 * An operator's rebuild of a read model, and where each projection stands. A rebuild stops the group's processor on
 * this instance, resets its tokens (the projection's {@code @ResetHandler} empties its tables) and starts it again,
 * so it replays from the first event; the caller watches {@link #statuses()} until the group has caught up. Groups
 * that are not projections (publishers, marked {@code @DisallowReplay}) are refused: their effects must not repeat.
 */
public class ReadModelRebuilds {

    private final Projections projections;
    private final LiveProcessors live;

    ReadModelRebuilds(Projections projections, LiveProcessors live) {
        this.projections = projections;
        this.live = live;
    }

    public List<ReadModelStatus> statuses() {
        return projections.all().stream().map(live::status).toList();
    }

    public synchronized ReadModelStatus rebuild(String group) {
        Projections.Projection projection = projections.find(group).orElseThrow(() -> live.exists(group)
                ? new ReadModelConflictException("This processing group is not a projection: it declares no read "
                        + "model, and groups with side effects are never replayed")
                : new NotFoundException("processing group"));
        StreamingEventProcessor processor = live.processor(group)
                .filter(StreamingEventProcessor::supportsReset)
                .orElseThrow(() -> new ReadModelConflictException(
                        "This processing group's processor cannot be reset"));
        processor.shutDown();
        try {
            processor.resetTokens();
        } catch (UnableToClaimTokenException e) {
            throw new ReadModelConflictException("Another instance holds this group's tokens; stop the other "
                    + "instances before a rebuild");
        } finally {
            processor.start();
        }
        return live.status(projection);
    }
}
