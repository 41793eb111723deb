package io.claimline.simulator.clearinghouse;

import java.time.Instant;
import java.util.List;

/**
 * What the clearinghouse did with one uploaded file, for tests and operators ({@code GET /clearinghouse/received}).
 * No PHI: patient control numbers are the submitter's own references; member ids and names never appear.
 *
 * @param outcome  accepted, partially-accepted, rejected (999), interchange-rejected (TA1), unreadable, duplicate
 * @param answers  the answer files written to /out, in order
 */
public record ReceivedFile(String fileName, String interchangeControlNumber, int transactionSets, int claims,
        List<ClaimResult> claimOutcomes, String outcome, boolean duplicate, List<String> answers,
        Instant receivedAt) {

    public ReceivedFile {
        claimOutcomes = List.copyOf(claimOutcomes);
        answers = List.copyOf(answers);
    }

    /**
     * @param outcome accepted, rejected (277CA), transaction-set-rejected (999), interchange-rejected (TA1)
     */
    public record ClaimResult(String patientControlNumber, String outcome) {
    }

    static ReceivedFile duplicate(String fileName, Instant at) {
        return new ReceivedFile(fileName, null, 0, 0, List.of(), "duplicate", true, List.of(), at);
    }
}
