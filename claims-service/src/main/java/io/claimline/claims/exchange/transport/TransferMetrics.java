package io.claimline.claims.exchange.transport;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * {@code claimline.claims.clearinghouse.transfers{direction=out|in, outcome}} counts sends and fetches, and
 * {@code claimline.claims.clearinghouse.transfer.duration{direction, outcome}} times them. Outcomes:
 * {@code transferred}, {@code skipped} (a send the clearinghouse had already), {@code unavailable},
 * {@code refused}. Tags carry no file name: names are unbounded, labels must not be.
 */
final class TransferMetrics {

    static final String TRANSFERS = "claimline.claims.clearinghouse.transfers";
    static final String DURATION = "claimline.claims.clearinghouse.transfer.duration";

    enum Direction {
        OUT("out"), IN("in");

        final String tag;

        Direction(String tag) {
            this.tag = tag;
        }
    }

    enum Outcome {
        TRANSFERRED("transferred"), SKIPPED("skipped"), UNAVAILABLE("unavailable"), REFUSED("refused");

        final String tag;

        Outcome(String tag) {
            this.tag = tag;
        }

        static Outcome of(TransportException failure) {
            return failure.reason() == TransportException.Reason.REFUSED ? REFUSED : UNAVAILABLE;
        }
    }

    /** A transfer that does its work and says whether it transferred or skipped. */
    @FunctionalInterface
    interface Transfer<T> {
        Result<T> run();
    }

    record Result<T>(T value, Outcome outcome) {
    }

    private final MeterRegistry registry;

    TransferMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    <T> T record(Direction direction, Transfer<T> transfer) {
        Timer.Sample sample = Timer.start(registry);
        Outcome outcome = Outcome.UNAVAILABLE;
        try {
            Result<T> result = transfer.run();
            outcome = result.outcome();
            return result.value();
        } catch (TransportException e) {
            outcome = Outcome.of(e);
            throw e;
        } finally {
            Counter.builder(TRANSFERS).description("Files sent to (out) and fetched from (in) the clearinghouse")
                    .tag("direction", direction.tag).tag("outcome", outcome.tag).register(registry).increment();
            sample.stop(Timer.builder(DURATION).description("Time to send or fetch one clearinghouse file")
                    .tag("direction", direction.tag).tag("outcome", outcome.tag).register(registry));
        }
    }
}
