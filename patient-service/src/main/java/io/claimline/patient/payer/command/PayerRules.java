package io.claimline.patient.payer.command;

import io.claimline.patient.payer.api.ClaimFilingIndicators;
import io.claimline.patient.payer.api.PayerAddress;
import io.claimline.patient.payer.api.PayerDetails;
import io.claimline.platform.kernel.Fields;
import io.claimline.platform.kernel.PhoneNumber;
import io.claimline.platform.kernel.UsAddress;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules a payer's details must meet, apart from Axon so they are tested (and fuzzed) on their own. Every
 * broken rule is collected, so the caller fixes them all in one round trip; nothing here needs a database (the
 * one rule across payers, a unique EDI payer id, is {@link EdiPayerIds}).
 */
public final class PayerRules {

    /** 837P loop 2010BB NM109 (payer identifier): 2 to 80 characters. */
    static final int MIN_EDI_PAYER_ID = 2;
    static final int MAX_EDI_PAYER_ID = 80;
    /** 837P loop 2010BB NM103 (payer name): at most 60 characters. */
    static final int MAX_NAME = 60;
    /**
     * Timely-filing limits beyond three years exist at no US payer we know of (Medicare allows one year, appeals are
     * months), so a larger number is a typo, and it would keep claims "fileable" that no payer will take.
     */
    public static final int MAX_DAYS = 1095;

    /**
     * The X12 basic character set (upper-case letters, digits, space and {@code ! " & ' ( ) + , - . / ; ? =}) less
     * {@code *} and {@code :}, the element and component separators an 837 is written with; lower-case letters are
     * taken and upper-cased (payer ids are not case-sensitive, and one spelling keeps the uniqueness check honest).
     */
    private static final Pattern EDI_PAYER_ID = Pattern.compile("[A-Za-z0-9!\"&'()+,\\-./;?= ]+");

    private PayerRules() {
    }

    /** The checked, normalised details, or an {@code InvalidFieldsException} naming every field that breaks a rule. */
    public static PayerDetails check(PayerDetails input) {
        PayerDetails raw = input != null ? input
                : new PayerDetails(null, null, null, null, null, null, null, null, null);
        Fields fields = new Fields();
        String name = fields.required("name", raw.name(), PayerRules::name);
        String ediPayerId = fields.required("ediPayerId", raw.ediPayerId(), PayerRules::ediPayerId);
        String indicator = fields.required("claimFilingIndicator", raw.claimFilingIndicator(),
                PayerRules::claimFilingIndicator);
        Integer initial = fields.value("initialClaimDays", () -> days(raw.initialClaimDays()));
        Integer corrected = fields.value("correctedClaimDays", () -> days(raw.correctedClaimDays()));
        Integer appeal = fields.value("appealDays", () -> days(raw.appealDays()));
        PayerAddress address = fields.value("address", () -> address(raw.address()));
        String phone = fields.optional("phone", raw.phone(), text -> PhoneNumber.of(text).e164());
        fields.check("acceptsElectronicClaims", raw.acceptsElectronicClaims() != null, "is required");
        fields.throwIfInvalid();
        return new PayerDetails(name, ediPayerId, indicator, initial, corrected, appeal, address, phone,
                raw.acceptsElectronicClaims());
    }

    /** An EDI payer id: 2 to 80 X12 basic characters (see above), stripped and upper-cased. */
    public static String ediPayerId(String raw) {
        if (raw == null) {
            throw new IllegalArgumentException("is required");
        }
        String id = raw.strip();
        if (id.length() < MIN_EDI_PAYER_ID || id.length() > MAX_EDI_PAYER_ID) {
            throw new IllegalArgumentException(
                    "must be " + MIN_EDI_PAYER_ID + " to " + MAX_EDI_PAYER_ID + " characters");
        }
        if (!EDI_PAYER_ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "must hold only letters, digits, spaces and X12 basic punctuation (not * or :)");
        }
        return id.toUpperCase(Locale.ROOT);
    }

    /** An SBR09 code of X12 5010 ({@link ClaimFilingIndicators}), upper-cased. */
    public static String claimFilingIndicator(String raw) {
        if (raw == null) {
            throw new IllegalArgumentException("is required");
        }
        String code = raw.strip().toUpperCase(Locale.ROOT);
        if (!ClaimFilingIndicators.CODES.containsKey(code)) {
            throw new IllegalArgumentException("must be an X12 5010 claim filing indicator (SBR09) code");
        }
        return code;
    }

    /** A timely-filing limit: 1 to {@value #MAX_DAYS} days. */
    public static int days(Integer raw) {
        if (raw == null) {
            throw new IllegalArgumentException("is required");
        }
        if (raw < 1) {
            throw new IllegalArgumentException("must be at least 1 day");
        }
        if (raw > MAX_DAYS) {
            throw new IllegalArgumentException("must be at most " + MAX_DAYS + " days");
        }
        return raw;
    }

    static String name(String raw) {
        String name = Normalizer.normalize(raw.strip().replaceAll("\\s+", " "), Normalizer.Form.NFC);
        if (name.length() > MAX_NAME) {
            throw new IllegalArgumentException("must be at most " + MAX_NAME + " characters");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("must not contain control characters");
        }
        if (name.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new IllegalArgumentException("must contain a letter or a digit");
        }
        return name;
    }

    private static PayerAddress address(PayerAddress raw) {
        if (raw == null) {
            throw new IllegalArgumentException("is required");
        }
        UsAddress checked = new UsAddress(raw.line1(), raw.line2(), raw.city(), raw.state(), raw.postalCode());
        return new PayerAddress(checked.line1(), checked.line2(), checked.city(), checked.state(),
                checked.postalCode());
    }
}
