package io.claimline.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReadYourWritesTest {

    private final ReadYourWrites readYourWrites = new ReadYourWrites(Duration.ofSeconds(5));
    private final AtomicInteger looks = new AtomicInteger();

    @Test
    void aVersionAnnouncedBeforeTheWaitAnswersWithoutLookingAtTheReadModel() {
        readYourWrites.reached("patient-1", 2);

        assertThat(readYourWrites.await("patient-1", 1, this::notVisible)).isTrue();
        assertThat(readYourWrites.await("patient-1", 2, this::notVisible)).isTrue();
        assertThat(looks).hasValue(0);
    }

    @Test
    void anAnnouncementWhileWaitingAnswersTheWaiter() {
        CompletableFuture<Boolean> answer = CompletableFuture.supplyAsync(
                () -> readYourWrites.await("patient-2", 0, this::notVisible));
        await().atMost(Duration.ofSeconds(5)).until(() -> readYourWrites.waitersFor("patient-2") == 1);

        readYourWrites.reached("patient-2", 0);

        assertThat(answer.join()).isTrue();
        assertThat(readYourWrites.waitersFor("patient-2")).isZero();
    }

    @Test
    void anOlderVersionDoesNotAnswerAWaiterForANewerOne() {
        ReadYourWrites shortWait = new ReadYourWrites(Duration.ofMillis(450));
        shortWait.reached("patient-3", 0);

        assertThat(shortWait.await("patient-3", 1, this::notVisible)).isFalse();
        assertThat(looks.get()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void withoutAnnouncementTheReadModelDecides() {
        // The projection runs on another instance: only the read model can tell.
        assertThat(readYourWrites.await("patient-4", 0, () -> looks.incrementAndGet() >= 2)).isTrue();
        assertThat(looks).hasValue(2);
    }

    private boolean notVisible() {
        looks.incrementAndGet();
        return false;
    }
}
