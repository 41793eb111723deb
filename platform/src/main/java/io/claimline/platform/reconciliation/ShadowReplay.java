package io.claimline.platform.reconciliation;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Feeds a service's stored events, from the first up to a head, through a projection's own handlers into a
 * {@link ShadowSchema}, as a reset of its processor would, but never touching the live tables. Events are read in
 * batches outside the writing transaction (the event store must be read with the live search path), then handled in
 * one transaction per batch; each message carries a replay token, so handlers that disallow replay stay silent.
 */
final class ShadowReplay {

    static final int BATCH = 250;

    private final EventStorageEngine events;
    private final TransactionTemplate transaction;
    private final org.axonframework.config.Configuration axon;

    ShadowReplay(EventStorageEngine events, TransactionTemplate transaction,
            org.axonframework.config.Configuration axon) {
        this.events = events;
        this.transaction = transaction;
        this.axon = axon;
    }

    /**
     * What the replay saw: how many events it handled and which global indexes at or below the head it did not see
     * (transactions still in flight when it read them, or rolled back): rows of their aggregates are not compared.
     */
    record Replayed(long events, SortedSet<Long> unseen) {
    }

    /** A handler failed on the event with this id (the cause's type only: its message might quote a value). */
    static final class ReplayFailedException extends RuntimeException {
        ReplayFailedException(String eventId, Throwable cause) {
            super("the replay failed at event " + eventId + " (" + cause.getClass().getSimpleName() + ")", cause);
        }
    }

    Replayed replay(Projections.Projection projection, ShadowSchema shadow, long head) {
        if (head < 0) {
            return new Replayed(0, new TreeSet<>());
        }
        List<AnnotationEventHandlerAdapter> handlers = projection.handlers().stream()
                .map(bean -> new AnnotationEventHandlerAdapter(bean, axon.parameterResolverFactory(),
                        axon.handlerDefinition(bean.getClass())))
                .toList();
        TrackingToken tokenAtHead = GapAwareTrackingToken.newInstance(head, List.of());
        long handled = 0;
        long lastIndex = -1;
        SortedSet<Long> gaps = new TreeSet<>();
        try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(null, false)) {
            Iterator<? extends TrackedEventMessage<?>> iterator = stream.iterator();
            List<TrackedEventMessage<?>> batch = new ArrayList<>(BATCH);
            boolean pastHead = false;
            while (!pastHead && iterator.hasNext()) {
                TrackedEventMessage<?> message = iterator.next();
                long index = message.trackingToken().position().orElse(Long.MAX_VALUE);
                if (index > head) {
                    pastHead = true;
                } else {
                    batch.add(message.withTrackingToken(new ReplayToken(tokenAtHead, message.trackingToken())));
                    lastIndex = Math.max(lastIndex, index);
                    gaps = gapsOf(message.trackingToken());
                }
                if (batch.size() == BATCH || (pastHead || !iterator.hasNext()) && !batch.isEmpty()) {
                    handled += apply(handlers, shadow, batch);
                    batch = new ArrayList<>(BATCH);
                }
            }
        }
        SortedSet<Long> unseen = new TreeSet<>(gaps.headSet(head + 1));
        for (long index = lastIndex + 1; index <= head; index++) {
            unseen.add(index);
        }
        return new Replayed(handled, unseen);
    }

    private int apply(List<AnnotationEventHandlerAdapter> handlers, ShadowSchema shadow,
            List<TrackedEventMessage<?>> batch) {
        transaction.executeWithoutResult(status -> {
            shadow.useInCurrentTransaction();
            for (TrackedEventMessage<?> message : batch) {
                for (AnnotationEventHandlerAdapter handler : handlers) {
                    try {
                        handler.handle(message);
                    } catch (Exception e) {
                        throw new ReplayFailedException(message.getIdentifier(), e);
                    }
                }
            }
        });
        return batch.size();
    }

    private static SortedSet<Long> gapsOf(TrackingToken token) {
        return WrappedToken.unwrap(token, GapAwareTrackingToken.class)
                .map(gapAware -> (SortedSet<Long>) new TreeSet<>(gapAware.getGaps()))
                .orElseGet(TreeSet::new);
    }
}
