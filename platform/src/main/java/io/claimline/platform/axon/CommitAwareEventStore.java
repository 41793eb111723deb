package io.claimline.platform.axon;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Axon's embedded event store, waking its readers (projections, publishers) after the database commit. Axon wakes
 * them when its unit of work commits; a unit of work joined to a request's Spring transaction (the Idempotency-Key
 * row, the events and the stored answer commit together) commits before the database does, so the wake-up found
 * nothing and the readers slept until their next poll. Deferring the wake-up to the Spring transaction's own commit
 * makes a new event visible to them at once. The wake-up is handed to a thread of its own: the committing thread
 * still holds its database connection, and waiting there for the reader's lock (held by a reader that waits for a
 * connection) would deadlock a busy pool.
 */
class CommitAwareEventStore extends EmbeddedEventStore {

    private final ExecutorService wakeUps = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "event-store-wake-up");
        thread.setDaemon(true);
        return thread;
    });

    CommitAwareEventStore(Builder builder) {
        super(builder);
    }

    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wakeUps.execute(() -> wakeReaders(events));
                }
            });
        } else {
            wakeReaders(events);
        }
    }

    private void wakeReaders(List<? extends EventMessage<?>> events) {
        super.afterCommit(events);
    }

    @Override
    public void shutDown() {
        wakeUps.shutdownNow();
        super.shutDown();
    }
}
