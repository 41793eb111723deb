package io.claimline.localstack.faults;

import static org.awaitility.Awaitility.await;

import io.claimline.localstack.LoadDriver;
import io.claimline.localstack.TokenClient;
import java.time.Duration;

/** Registrations driven through a fault by {@link LoadDriver}, as a clinic system would make them. */
final class Load implements AutoCloseable {

    /** Two clients: enough to have registrations in flight at any moment, light enough for two cores. */
    private static final int CLIENTS = 2;
    /** The longest a fault may keep registrations from being acknowledged, a service restart included. */
    private static final Duration PROGRESS = Duration.ofSeconds(120);

    private final LoadDriver.Run run;
    private LoadDriver.Result result;

    private Load(LoadDriver.Run run) {
        this.run = run;
    }

    static Load start(Stack stack) {
        String token = TokenClient.clientToken(stack.gatewayUrl(), "clinic-system", "clinic-system-secret");
        return new Load(LoadDriver.start(stack.gatewayUrl(), token, CLIENTS));
    }

    long acknowledged() {
        return run.acknowledged();
    }

    /** Returns once {@code more} registrations were acknowledged after the call. */
    void awaitAcknowledged(int more) {
        long from = run.acknowledged();
        await().atMost(PROGRESS).pollInterval(Duration.ofMillis(100)).until(() -> run.acknowledged() >= from + more);
    }

    LoadDriver.Result stop() {
        if (result == null) {
            result = run.stop();
        }
        return result;
    }

    @Override
    public void close() {
        stop();
    }
}
