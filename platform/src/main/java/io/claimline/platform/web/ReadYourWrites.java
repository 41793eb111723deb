package io.claimline.platform.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes for clients: a write answers once the service's own read model shows it, so a client that
 * reads right after its write sees what it wrote. The projection announces each version it committed
 * ({@link #reached}); the writing request waits for that announcement, which this process trusts without asking the
 * database (it comes after the projection's commit). Only while no announcement came (the projection may run on
 * another instance) does it look at the read model itself, every {@value #RECHECK_MILLIS} ms. Should the read
 * model lag beyond {@code claimline.read-your-writes.timeout}, the write still answers (it is stored).
 */
@Component
public class ReadYourWrites {

    static final long RECHECK_MILLIS = 200;

    private final long timeoutNanos;
    private final Map<String, Set<Waiter>> waiting = new ConcurrentHashMap<>();
    /** The last versions announced here, so a waiter that comes after the announcement need not look. */
    private final Cache<String, Long> announced = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(1))
            .build();

    public ReadYourWrites(@Value("${claimline.read-your-writes.timeout:5s}") Duration timeout) {
        this.timeoutNanos = timeout.toNanos();
    }

    private record Waiter(long version, CompletableFuture<Void> reached) {
    }

    /**
     * Waits (outside the write's transaction) until the read model shows {@code version} of the aggregate, as this
     * process's projection announces or {@code visible} tells; true if it did in time.
     */
    public boolean await(String aggregateId, long version, BooleanSupplier visible) {
        Waiter waiter = new Waiter(version, new CompletableFuture<>());
        // Registered before the first look, so an announcement between the two is not missed.
        waiting.computeIfAbsent(aggregateId, id -> ConcurrentHashMap.newKeySet()).add(waiter);
        try {
            if (announcedAtLeast(aggregateId, version)) {
                return true;
            }
            long deadline = System.nanoTime() + timeoutNanos;
            while (true) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    waiter.reached().get(Math.min(left, TimeUnit.MILLISECONDS.toNanos(RECHECK_MILLIS)),
                            TimeUnit.NANOSECONDS);
                    return true;
                } catch (TimeoutException | ExecutionException notAnnounced) {
                    if (visible.getAsBoolean()) {
                        return true;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        } finally {
            waiting.computeIfPresent(aggregateId, (id, waiters) -> {
                waiters.remove(waiter);
                return waiters.isEmpty() ? null : waiters;
            });
        }
    }

    /**
     * Called by a projection for each version it writes: the announcement goes out once the projection's
     * transaction committed (so a waiter that looks then sees it). Only the live processor's writes count: a
     * replayed event (a rebuild, or a reconciliation's shadow replay, which writes other tables and runs outside a
     * unit of work) announces nothing, since waiters trust announcements without looking at the read model.
     */
    public void reached(String aggregateId, long version) {
        if (!CurrentUnitOfWork.isStarted() || ReplayToken.isReplay(CurrentUnitOfWork.get().getMessage())) {
            return;
        }
        CurrentUnitOfWork.get().afterCommit(unitOfWork -> announce(aggregateId, version));
    }

    /** Requests waiting for this aggregate now (for tests). */
    int waitersFor(String aggregateId) {
        return waiting.getOrDefault(aggregateId, Set.of()).size();
    }

    private boolean announcedAtLeast(String aggregateId, long version) {
        Long last = announced.getIfPresent(aggregateId);
        return last != null && last >= version;
    }

    private void announce(String aggregateId, long version) {
        announced.asMap().merge(aggregateId, version, Math::max);
        Set<Waiter> waiters = waiting.get(aggregateId);
        if (waiters != null) {
            waiters.stream().filter(waiter -> waiter.version() <= version)
                    .forEach(waiter -> waiter.reached().complete(null));
        }
    }
}
