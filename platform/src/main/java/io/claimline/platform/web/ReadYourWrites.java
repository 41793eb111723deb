package io.claimline.platform.web;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes for clients: a write answers once the service's own read model shows it, so a client that
 * reads right after its write sees what it wrote. The projection runs in the same service and usually follows in
 * milliseconds; should it lag beyond {@code claimline.read-your-writes.timeout}, the write still answers (it is
 * stored) and a later read catches up.
 */
@Component
public class ReadYourWrites {

    private final long timeoutNanos;

    public ReadYourWrites(@Value("${claimline.read-your-writes.timeout:5s}") Duration timeout) {
        this.timeoutNanos = timeout.toNanos();
    }

    /** Waits (outside the write's transaction) until the read model shows the write; true if it did in time. */
    public boolean await(BooleanSupplier visible) {
        long deadline = System.nanoTime() + timeoutNanos;
        long pauseMillis = 2;
        while (!visible.getAsBoolean()) {
            if (System.nanoTime() >= deadline) {
                return false;
            }
            try {
                Thread.sleep(pauseMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            pauseMillis = Math.min(pauseMillis * 2, 50);
        }
        return true;
    }
}
