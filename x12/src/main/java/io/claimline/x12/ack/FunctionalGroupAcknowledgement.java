package io.claimline.x12.ack;

import java.util.List;
import java.util.Objects;

/**
 * A 999: the receiver's answer about one functional group of ours and each transaction set in it.
 *
 * @param groupControlNumber AK102, the GS06 of the group acknowledged
 * @param status             AK901
 * @param transactionSets    one per AK2 loop, in file order
 * @param received           AK903, transaction sets received
 * @param accepted           AK904, transaction sets accepted
 */
public record FunctionalGroupAcknowledgement(String groupControlNumber, GroupStatus status,
        List<TransactionSetAcknowledgement> transactionSets, int received, int accepted) {

    public FunctionalGroupAcknowledgement {
        Objects.requireNonNull(groupControlNumber, "groupControlNumber");
        Objects.requireNonNull(status, "status");
        transactionSets = List.copyOf(transactionSets);
    }

    /** Every set of the group accepted without errors: what a receiver answers to a clean file. */
    public static FunctionalGroupAcknowledgement acceptingAll(String groupControlNumber,
            List<String> transactionSetControlNumbers) {
        return new FunctionalGroupAcknowledgement(groupControlNumber, GroupStatus.ACCEPTED,
                transactionSetControlNumbers.stream()
                        .map(number -> new TransactionSetAcknowledgement(number,
                                TransactionSetAcknowledgement.Status.ACCEPTED, List.of(), List.of()))
                        .toList(),
                transactionSetControlNumbers.size(), transactionSetControlNumbers.size());
    }

    /** AK901 Functional Group Acknowledge Code. */
    public enum GroupStatus {
        ACCEPTED("A", "Accepted"),
        ACCEPTED_WITH_ERRORS("E", "Accepted, but errors were noted"),
        REJECTED_AUTHENTICATION("M", "Rejected, message authentication code (MAC) failed"),
        PARTIALLY_ACCEPTED("P", "Partially accepted, at least one transaction set was rejected"),
        REJECTED("R", "Rejected"),
        REJECTED_ASSURANCE("W", "Rejected, assurance failed validity tests"),
        REJECTED_DECRYPTION("X", "Rejected, content after decryption could not be analyzed");

        private final String code;
        private final String description;

        GroupStatus(String code, String description) {
            this.code = code;
            this.description = description;
        }

        public String code() {
            return code;
        }

        public String description() {
            return description;
        }

        static GroupStatus ofCode(String code) {
            for (GroupStatus status : values()) {
                if (status.code.equals(code)) {
                    return status;
                }
            }
            throw new IllegalArgumentException("unknown AK901 code");
        }
    }
}
