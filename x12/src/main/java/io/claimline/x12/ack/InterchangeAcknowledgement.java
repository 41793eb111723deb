package io.claimline.x12.ack;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A TA1: the receiver's answer about one interchange's envelope (ISA/IEA), before any transaction set is looked at.
 *
 * @param interchangeControlNumber TA101, the ISA13 of the interchange acknowledged
 * @param date                     TA102, the acknowledged interchange's date (ISA09)
 * @param status                   TA104
 * @param noteCode                 TA105 (000 when there is no error)
 * @param noteDescription          TA105 in plain English
 */
public record InterchangeAcknowledgement(String interchangeControlNumber, LocalDate date, Status status,
        String noteCode, String noteDescription) {

    public InterchangeAcknowledgement {
        Objects.requireNonNull(interchangeControlNumber, "interchangeControlNumber");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(noteCode, "noteCode");
        Objects.requireNonNull(noteDescription, "noteDescription");
    }

    /** TA104 Interchange Acknowledgment Code. */
    public enum Status {
        ACCEPTED("A"),
        ACCEPTED_WITH_ERRORS("E"),
        REJECTED("R");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        /** Accepted, with or without errors: the interchange's groups go on to the 999. */
        public boolean accepted() {
            return this != REJECTED;
        }

        static Status ofCode(String code) {
            for (Status status : values()) {
                if (status.code.equals(code)) {
                    return status;
                }
            }
            throw new IllegalArgumentException("unknown TA104 code");
        }
    }
}
