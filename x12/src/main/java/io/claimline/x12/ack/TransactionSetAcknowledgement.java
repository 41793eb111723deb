package io.claimline.x12.ack;

import java.util.List;
import java.util.Objects;

/**
 * One AK2 loop of a 999: the answer about one transaction set (e.g. one 837).
 *
 * @param transactionSetControlNumber AK202, the ST02 of the set acknowledged
 * @param status                      IK501
 * @param statusCodes                 IK502-IK506 syntax error codes, in order (empty when accepted)
 * @param segmentErrors               the IK3 loops, each with its IK4 element errors
 */
public record TransactionSetAcknowledgement(String transactionSetControlNumber, Status status,
        List<String> statusCodes, List<SegmentError> segmentErrors) {

    public TransactionSetAcknowledgement {
        Objects.requireNonNull(transactionSetControlNumber, "transactionSetControlNumber");
        Objects.requireNonNull(status, "status");
        statusCodes = List.copyOf(statusCodes);
        segmentErrors = List.copyOf(segmentErrors);
    }

    /** IK502-IK506 in plain English, in the same order as {@link #statusCodes()}. */
    public List<String> statusDescriptions() {
        return statusCodes.stream().map(AckCodes::transactionSetError).toList();
    }

    /** IK501 Transaction Set Acknowledgment Code. */
    public enum Status {
        ACCEPTED("A", "Accepted"),
        ACCEPTED_WITH_ERRORS("E", "Accepted, but errors were noted"),
        REJECTED_AUTHENTICATION("M", "Rejected, message authentication code (MAC) failed"),
        REJECTED("R", "Rejected"),
        REJECTED_ASSURANCE("W", "Rejected, assurance failed validity tests"),
        REJECTED_DECRYPTION("X", "Rejected, content after decryption could not be analyzed");

        private final String code;
        private final String description;

        Status(String code, String description) {
            this.code = code;
            this.description = description;
        }

        public String code() {
            return code;
        }

        public String description() {
            return description;
        }

        /** A and E: the set goes on to the payer; anything else was never filed. */
        public boolean accepted() {
            return this == ACCEPTED || this == ACCEPTED_WITH_ERRORS;
        }

        static Status ofCode(String code) {
            for (Status status : values()) {
                if (status.code.equals(code)) {
                    return status;
                }
            }
            throw new IllegalArgumentException("unknown IK501 code");
        }
    }
}
