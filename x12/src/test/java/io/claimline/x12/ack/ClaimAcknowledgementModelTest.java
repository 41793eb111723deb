package io.claimline.x12.ack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimAcknowledgementModelTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 3);
    private static final AcknowledgedPatient PATIENT =
            new AcknowledgedPatient("Quill", Optional.of("Teo"), "W900112233");

    private static ClaimStatus claim(List<StatusCode> statuses) {
        return new ClaimStatus(PATIENT, "CL-000104", Optional.empty(), Optional.empty(), statuses, DAY,
                new BigDecimal("90"), DAY, DAY, List.of());
    }

    @ParameterizedTest
    @CsvSource({"A1, ACCEPTED", "A2, ACCEPTED", "A5, ACCEPTED", "A3, REJECTED", "A6, REJECTED", "A7, REJECTED",
            "A8, REJECTED", "A0, OTHER", "A4, OTHER", "E0, OTHER", "P1, OTHER", "F2, OTHER"})
    void theFirstStatusCategoryDecidesTheOutcome(String category, StatusCode.Outcome outcome) {
        ClaimStatus claim = claim(List.of(StatusCode.of(category, "21"), StatusCode.of("A7", "562", "85")));

        assertThat(claim.outcome()).isEqualTo(outcome);
        assertThat(claim.accepted()).isEqualTo(outcome == StatusCode.Outcome.ACCEPTED);
        assertThat(claim.rejected()).isEqualTo(outcome == StatusCode.Outcome.REJECTED);
    }

    @Test
    void describesKnownCodesInWordsAndUnknownOnesNeutrally() {
        assertThat(StatusCode.of("A7", "562", "85").describe()).isEqualTo(
                "Acknowledgement/Rejected for invalid information: Entity's National Provider Identifier (NPI)."
                        + " (Billing Provider)");
        assertThat(StatusCode.of("A3", "9998").describe())
                .isEqualTo("Acknowledgement/Returned as unprocessable claim: claim status code 9998");
        assertThat(StatusCode.of("R9", "20", "ZZZ").describe())
                .isEqualTo("claim status category R9: Accepted for processing. (entity ZZZ)");
        assertThat(ClaimStatusCodes.status("20")).isEqualTo("Accepted for processing.");
        assertThat(ClaimStatusCodes.category("A6")).isEqualTo("Acknowledgement/Rejected for missing information");
        assertThat(ClaimStatusCodes.isCategory("A9")).isFalse();
    }

    @Test
    void refusesCodesOutsideTheLists() {
        assertThatThrownBy(() -> StatusCode.of("Z9", "20")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("status.category must be a claim status category code (code list 507)");
        assertThatThrownBy(() -> StatusCode.of("A7", "5x2")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("status.code must be a claim status code (code list 508: digits)");
        assertThatThrownBy(() -> StatusCode.of("A7", "562", "8")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("status.entity must be an entity identifier code of 2 or 3 characters");
    }

    @Test
    void refusesAClaimWithoutStatusesOrWithDatesTheWrongWayRound() {
        assertThatThrownBy(() -> claim(List.of())).hasMessage("claim.statuses must hold 1 to 297 entries");
        assertThatThrownBy(() -> new ClaimStatus(PATIENT, "CL-1", Optional.empty(), Optional.empty(),
                List.of(StatusCode.of("A1", "20")), DAY, BigDecimal.TEN, DAY, DAY.minusDays(1), List.of()))
                .hasMessage("claim.serviceTo must not be before claim.serviceFrom");
        assertThatThrownBy(() -> new ClaimStatus(PATIENT, "CL-1", Optional.empty(), Optional.empty(),
                List.of(StatusCode.of("A1", "20")), DAY, new BigDecimal("1.005"), DAY, DAY, List.of()))
                .hasMessage("claim.totalCharge must have at most two decimal places");
    }

    @Test
    void refusesAFirstEntityTheGuideDoesNotAllowAtTheLevel() {
        assertThatThrownBy(() -> new AcknowledgementReceiver("Claimline", "CLAIMLINE01", "BATCH-1",
                List.of(StatusCode.of("A3", "562", "85")), DAY, BigDecimal.ONE, StatusTotals.NONE))
                .hasMessage("receiver.statuses: the first status's entity must be one the guide allows in 2200B");
    }

    @Test
    void refusesALineWithHalfAServicePeriodOrMoreThanThreeStatuses() {
        assertThatThrownBy(() -> new LineStatus("99213", List.of(), BigDecimal.ONE, List.of(StatusCode.of("A7", "187")),
                DAY, Optional.empty(), Optional.of(DAY), Optional.empty()))
                .hasMessage("line.serviceFrom and line.serviceTo must be given together");
        StatusCode code = StatusCode.of("A7", "187");
        assertThatThrownBy(() -> new LineStatus("99213", List.of(), BigDecimal.ONE, List.of(code, code, code, code),
                DAY, Optional.empty(), Optional.empty(), Optional.empty()))
                .hasMessage("line.statuses must hold 1 to 3 entries");
    }

    @Test
    void keepsPatientValuesOutOfToString() {
        ClaimStatus claim = claim(List.of(StatusCode.of("A1", "20")));

        assertThat(claim.toString()).doesNotContain("QUILL", "TEO", "W900112233");
        assertThat(PATIENT.lastName()).isEqualTo("QUILL");
    }

    @Test
    void refusesAPatientIdentifierWithoutQuotingIt() {
        assertThatThrownBy(() -> new AcknowledgedPatient("Quill", Optional.empty(), "w9001 12233*"))
                .hasMessage("patient.memberId may contain only upper-case letters, digits, spaces, '-' and '.'");
    }
}
