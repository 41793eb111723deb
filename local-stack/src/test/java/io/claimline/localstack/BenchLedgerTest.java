package io.claimline.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The ledger workload reads billing's command timer from a scrape, and its percentiles from its latencies. */
class BenchLedgerTest {

    /** A slice of billing-service's /actuator/prometheus as Axon's dimensional command-bus monitor writes it. */
    private static final String SCRAPE = """
            # TYPE commandBus_allTimer_seconds summary
            commandBus_allTimer_seconds{payloadType="OpenPatientAccountCommand",quantile="0.5"} 0.0016384
            commandBus_allTimer_seconds_count{payloadType="OpenPatientAccountCommand"} 2
            commandBus_allTimer_seconds_sum{payloadType="OpenPatientAccountCommand"} 0.108192669
            commandBus_allTimer_seconds{payloadType="PostPaymentCommand",quantile="0.5"} 0.009306112
            commandBus_allTimer_seconds_count{payloadType="PostPaymentCommand"} 320
            commandBus_allTimer_seconds_sum{payloadType="PostPaymentCommand"} 3.938268102
            commandBus_allTimer_seconds_max{payloadType="PostPaymentCommand"} 0.147399003
            commandBus_allTimer_seconds_count{payloadType="PostAdjustmentCommand"} 7
            """;

    @Test
    void thePaymentsTimerIsReadAndNoOtherCommands() {
        assertThat(BenchLedger.commandTimer(SCRAPE))
                .contains(new BenchLedger.CommandTimer(3.938268102, 320));
        assertThat(BenchLedger.commandTimer("commandBus_allTimer_seconds_count{payloadType=\"PostAdjustmentCommand\"} 7"))
                .isEmpty();
    }

    @Test
    void percentilesAreTheNearestRankOfTheSortedLatencies() {
        List<Long> nanos = new java.util.ArrayList<>();
        for (long ms = 100; ms >= 1; ms--) {
            nanos.add(ms * 1_000_000);
        }
        BenchLedger.Latencies latencies = BenchLedger.Latencies.of(nanos);
        assertThat(latencies.p50()).isEqualTo(51.0);
        assertThat(latencies.p95()).isEqualTo(96.0);
        assertThat(latencies.max()).isEqualTo(100.0);
        assertThat(latencies.count()).isEqualTo(100);
        assertThat(BenchLedger.Latencies.of(List.of()).p50()).isZero();
    }
}
