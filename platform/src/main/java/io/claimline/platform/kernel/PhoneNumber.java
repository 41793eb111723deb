package io.claimline.platform.kernel;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

/**
 * A telephone number normalised to E.164 (+15551234567) with libphonenumber; numbers without a country code are
 * read as US numbers. One spelling per number lets duplicates be found by it.
 */
public record PhoneNumber(String e164) {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    public PhoneNumber {
        if (e164 == null || !e164.matches("\\+[1-9]\\d{6,14}")) {
            throw new IllegalArgumentException("must be in E.164 form");
        }
    }

    public static PhoneNumber of(String raw) {
        try {
            var parsed = UTIL.parse(raw, "US");
            if (!UTIL.isValidNumber(parsed)) {
                throw new IllegalArgumentException("is not a valid phone number");
            }
            return new PhoneNumber(UTIL.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            throw new IllegalArgumentException("is not a phone number");
        }
    }

    @Override
    public String toString() {
        return "PhoneNumber[redacted]";
    }
}
