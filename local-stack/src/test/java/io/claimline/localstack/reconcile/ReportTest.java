package io.claimline.localstack.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportTest {

    @Test
    void aCleanReportSaysWhatWasChecked() {
        Report report = new Report(List.of(), Map.of(Check.N4, "3 deliveries", Check.N1, "2 acknowledged patient ids"));

        assertThat(report.clean()).isTrue();
        assertThat(report.summary())
                .isEqualTo("reconcile: clean; checked N1 2 acknowledged patient ids; N4 3 deliveries");
    }

    @Test
    void discrepanciesAreCountedPerCheckAndListedByCheck() {
        Discrepancy missing = new Discrepancy(Check.N4, "claims-service", "event e1 was published but is not in the inbox");
        Report report = new Report(List.of(missing, new Discrepancy(Check.N7, "kafka", "x"),
                new Discrepancy(Check.N4, "billing-service", "y")), Map.of());

        assertThat(report.clean()).isFalse();
        assertThat(report.of(Check.N4)).hasSize(2).contains(missing);
        assertThat(report.summary()).isEqualTo("reconcile: 3 discrepancies (N4 2, N7 1)");
        assertThat(missing).hasToString("N4 claims-service: event e1 was published but is not in the inbox");
    }
}
