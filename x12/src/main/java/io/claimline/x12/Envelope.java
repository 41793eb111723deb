package io.claimline.x12;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Interchange (ISA/IEA), functional group (GS/GE) and transaction set (ST/SE) settings for one outbound
 * interchange holding one transaction set.
 *
 * @param senderQualifier           ISA05, e.g. {@code ZZ} (mutually defined) or {@code 30} (US federal tax id)
 * @param senderId                  ISA06, at most 15 characters (padded on output)
 * @param receiverQualifier         ISA07
 * @param receiverId                ISA08, at most 15 characters
 * @param interchangeControlNumber  ISA13/IEA02, 1..999999999, unique per sender for years (trading partners
 *                                  detect duplicates by it)
 * @param groupControlNumber        GS06/GE02, 1..999999999
 * @param transactionControlNumber  ST02/SE02, 1..999999999 (written with at least four digits)
 * @param usage                     ISA15: test or production data
 * @param applicationSenderCode     GS02, 2..15 characters
 * @param applicationReceiverCode   GS03, 2..15 characters
 * @param createdAt                 ISA09/10, GS04/05 and BHT04/05; the caller takes it from its Clock
 */
public record Envelope(
        String senderQualifier,
        String senderId,
        String receiverQualifier,
        String receiverId,
        int interchangeControlNumber,
        int groupControlNumber,
        int transactionControlNumber,
        Usage usage,
        String applicationSenderCode,
        String applicationReceiverCode,
        LocalDateTime createdAt) {

    /** ISA15 usage indicator. */
    public enum Usage {
        TEST("T"), PRODUCTION("P");

        private final String code;

        Usage(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public Envelope {
        X12Text.requireIdentifier("senderQualifier", senderQualifier, 2, 2);
        X12Text.requireIdentifier("senderId", senderId, 1, 15);
        X12Text.requireIdentifier("receiverQualifier", receiverQualifier, 2, 2);
        X12Text.requireIdentifier("receiverId", receiverId, 1, 15);
        requireControlNumber("interchangeControlNumber", interchangeControlNumber);
        requireControlNumber("groupControlNumber", groupControlNumber);
        requireControlNumber("transactionControlNumber", transactionControlNumber);
        Objects.requireNonNull(usage, "usage");
        X12Text.requireIdentifier("applicationSenderCode", applicationSenderCode, 2, 15);
        X12Text.requireIdentifier("applicationReceiverCode", applicationReceiverCode, 2, 15);
        Objects.requireNonNull(createdAt, "createdAt");
    }

    private static void requireControlNumber(String field, int value) {
        if (value < 1 || value > 999_999_999) {
            throw new IllegalArgumentException(field + " must be between 1 and 999999999");
        }
    }
}
