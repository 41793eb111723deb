package io.claimline.billing.account.web;

import io.claimline.billing.account.api.AdjustmentReason;
import io.claimline.billing.account.api.PaymentMethod;
import io.claimline.billing.account.api.Responsibility;
import io.claimline.billing.account.api.TransferReason;
import io.claimline.platform.kernel.Fields;
import io.claimline.platform.kernel.Luhn;
import io.claimline.platform.kernel.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The bodies of the posting endpoints and their field rules. Every posting names its {@code reference}: the check
 * number, the card processor's reference, the cash receipt number, the remittance line id or the clinic's own case
 * number. The posting is idempotent on it (with or without an Idempotency-Key), so it must identify the money.
 */
final class PostingRequests {

    /** A reference is an identifier, never free text (it is the idempotency source, and it is logged in the ledger). */
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/#-]{0,63}");
    private static final Pattern DIGITS = Pattern.compile("\\d{12,19}");

    private PostingRequests() {
    }

    @Schema(name = "PatientPaymentRequest")
    record PatientPayment(
            @Schema(example = "CARD", allowableValues = {"CASH", "CARD", "CHECK"}) String method,
            @Schema(type = "string", example = "ch_3PqX9a2eZvKYlo2C1") String reference,
            @Schema(type = "string", example = "4242") String cardLastFour,
            @Schema(type = "string", format = "date", example = "2026-03-02") String receivedOn,
            @Schema(type = "string", example = "40.00") BigDecimal amount,
            @Schema(type = "string", format = "uuid", description = "Apply to this encounter's lines first")
            String encounterId,
            @Schema(type = "string", format = "uuid", description = "Apply to this line only") String lineId) {
    }

    @Schema(name = "InsurancePaymentRequest")
    record InsurancePayment(
            @Schema(type = "string", format = "uuid", example = "2a4c6e8f-0b1d-4f3a-9c5e-7b9d1f3a5c7e") String payerId,
            @Schema(type = "string", format = "uuid", example = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d") String lineId,
            @Schema(example = "EFT", allowableValues = {"EFT", "CHECK"}) String method,
            @Schema(type = "string", description = "The remittance line id", example = "835-000123:CLP-1:SVC-2")
            String reference,
            @Schema(type = "string", format = "date", example = "2026-03-20") String receivedOn,
            @Schema(type = "string", example = "80.00") BigDecimal amount) {
    }

    @Schema(name = "AdjustmentRequest")
    record Adjustment(
            @Schema(example = "COURTESY") String reason,
            @Schema(type = "string", example = "PATIENT", description = "PATIENT (default) or PAYER:<payer id>")
            String responsibility,
            @Schema(type = "string", example = "5.00") BigDecimal amount,
            @Schema(type = "string", format = "uuid", description = "Adjust this line only") String lineId,
            @Schema(type = "string", example = "ADJ-2026-0042") String reference,
            @Schema(type = "string", example = "small balance under the clinic's write-off limit") String note) {
    }

    @Schema(name = "RefundRequest")
    record Refund(
            @Schema(type = "string", example = "PATIENT", description = "PATIENT (default) or PAYER:<payer id>")
            String to,
            @Schema(example = "CHECK", allowableValues = {"CASH", "CARD", "CHECK", "EFT"}) String method,
            @Schema(type = "string", example = "RF-1001") String reference,
            @Schema(type = "string", example = "10.00") BigDecimal amount,
            @Schema(type = "string", example = "overpayment") String reason) {
    }

    @Schema(name = "ResponsibilityTransferRequest")
    record Transfer(
            @Schema(type = "string", format = "uuid", example = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d") String lineId,
            @Schema(type = "string", example = "PAYER:2a4c6e8f-0b1d-4f3a-9c5e-7b9d1f3a5c7e") String from,
            @Schema(type = "string", example = "PATIENT") String to,
            @Schema(type = "string", example = "25.00") BigDecimal amount,
            @Schema(example = "PATIENT_RESPONSIBILITY") String reason,
            @Schema(type = "string", example = "TR-0007") String reference) {
    }

    // ---- field rules

    static Money amount(Fields fields, BigDecimal amount) {
        if (amount == null) {
            fields.check("amount", false, "is required");
            return null;
        }
        return fields.value("amount", () -> {
            if (amount.signum() <= 0) {
                throw new IllegalArgumentException("must be more than zero");
            }
            try {
                return new Money(amount, Money.USD);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("must be dollars with at most 2 decimals");
            }
        });
    }

    static String reference(Fields fields, String reference) {
        return fields.required("reference", reference, raw -> {
            if (!REFERENCE.matcher(raw).matches()) {
                throw new IllegalArgumentException("must be an identifier of up to 64 letters, digits and . _ : / # -");
            }
            if (DIGITS.matcher(raw.replaceAll("[ -]", "")).matches() && Luhn.valid(raw.replaceAll("[ -]", ""))) {
                throw new IllegalArgumentException("looks like a card number: give the processor's reference; card "
                        + "numbers are never accepted");
            }
            return raw;
        });
    }

    @SafeVarargs
    static <E extends Enum<E>> E oneOf(Fields fields, String field, String raw, E... allowed) {
        return fields.required(field, raw, value -> {
            for (E candidate : allowed) {
                if (candidate.name().equals(value)) {
                    return candidate;
                }
            }
            throw new IllegalArgumentException("must be one of " + Arrays.toString(allowed));
        });
    }

    static AdjustmentReason reason(Fields fields, String raw) {
        return oneOf(fields, "reason", raw, AdjustmentReason.values());
    }

    static TransferReason transferReason(Fields fields, String raw) {
        return oneOf(fields, "reason", raw, TransferReason.values());
    }

    static PaymentMethod method(Fields fields, String raw, PaymentMethod... allowed) {
        return oneOf(fields, "method", raw, allowed);
    }

    static Responsibility responsibility(Fields fields, String field, String raw, boolean defaultPatient) {
        if ((raw == null || raw.isBlank()) && defaultPatient) {
            return Responsibility.PATIENT;
        }
        return fields.required(field, raw, Responsibility::of);
    }

    static UUID uuid(Fields fields, String field, String raw, boolean required) {
        return required ? fields.required(field, raw, UUID::fromString) : fields.optional(field, raw, UUID::fromString);
    }

    static LocalDate date(Fields fields, String field, String raw, LocalDate orElse) {
        LocalDate date = fields.optional(field, raw, LocalDate::parse);
        return date == null ? orElse : date;
    }

    static String cardLastFour(Fields fields, PaymentMethod method, String raw) {
        if (method != PaymentMethod.CARD) {
            fields.check("cardLastFour", raw == null, "is for card payments only");
            return null;
        }
        return fields.required("cardLastFour", raw, value -> {
            if (!value.matches("\\d{4}")) {
                throw new IllegalArgumentException("must be the card's last four digits");
            }
            return value;
        });
    }

    static String text(Fields fields, String field, String raw, int max) {
        if (raw == null) {
            return null;
        }
        fields.check(field, raw.length() <= max, "must be at most " + max + " characters");
        return raw;
    }
}
