package io.claimline.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;

class ReadYourWritesTest {

    private final ReadYourWrites readYourWrites = new ReadYourWrites(Duration.ofSeconds(5));
    private final AtomicInteger looks = new AtomicInteger();

    @Test
    void aVersionAnnouncedBeforeTheWaitAnswersWithoutLookingAtTheReadModel() {
        projectionWrites(readYourWrites, "patient-1", 2, false);

        assertThat(readYourWrites.await("patient-1", 1, this::notVisible)).isTrue();
        assertThat(readYourWrites.await("patient-1", 2, this::notVisible)).isTrue();
        assertThat(looks).hasValue(0);
    }

    @Test
    void anAnnouncementWhileWaitingAnswersTheWaiter() {
        CompletableFuture<Boolean> answer = CompletableFuture.supplyAsync(
                () -> readYourWrites.await("patient-2", 0, this::notVisible));
        await().atMost(Duration.ofSeconds(5)).until(() -> readYourWrites.waitersFor("patient-2") == 1);

        projectionWrites(readYourWrites, "patient-2", 0, false);

        assertThat(answer.join()).isTrue();
        assertThat(readYourWrites.waitersFor("patient-2")).isZero();
    }

    @Test
    void anOlderVersionDoesNotAnswerAWaiterForANewerOne() {
        ReadYourWrites shortWait = new ReadYourWrites(Duration.ofMillis(450));
        projectionWrites(shortWait, "patient-3", 0, false);

        assertThat(shortWait.await("patient-3", 1, this::notVisible)).isFalse();
        assertThat(looks.get()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void withoutAnnouncementTheReadModelDecides() {
        // The projection runs on another instance: only the read model can tell.
        assertThat(readYourWrites.await("patient-4", 0, () -> looks.incrementAndGet() >= 2)).isTrue();
        assertThat(looks).hasValue(2);
    }

    @Test
    void aReplayedEventAnnouncesNothing() {
        // A rebuild or a reconciliation's shadow replay: only the live processor's commit makes a version visible.
        ReadYourWrites shortWait = new ReadYourWrites(Duration.ofMillis(250));
        projectionWrites(shortWait, "patient-5", 0, true);
        shortWait.reached("patient-5", 0); // outside any unit of work, as the shadow replay calls it

        assertThat(shortWait.await("patient-5", 0, this::notVisible)).isFalse();
        assertThat(looks.get()).isGreaterThanOrEqualTo(1);
    }

    /** What a projection does: announce the version in its unit of work, which then commits. */
    private static void projectionWrites(ReadYourWrites target, String aggregateId, long version, boolean replay) {
        TrackingToken position = new GlobalSequenceTrackingToken(version);
        TrackedEventMessage<String> event = new GenericTrackedEventMessage<>(
                replay ? ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(version + 10), position)
                        : position,
                GenericEventMessage.asEventMessage("event"));
        DefaultUnitOfWork.startAndGet(event).execute(() -> target.reached(aggregateId, version));
    }

    private boolean notVisible() {
        looks.incrementAndGet();
        return false;
    }
}
