package io.claimline.platform.kernel;

/**
 * A National Provider Identifier: ten digits, the last a Luhn check digit computed over the prefix 80840 and the
 * first nine (CMS, "NPI Check Digit"). A typo is caught here rather than as a payer rejection weeks later.
 */
public record Npi(String value) {

    public Npi {
        if (value == null || !value.matches("[12]\\d{9}")) {
            throw new IllegalArgumentException("must be 10 digits starting with 1 or 2");
        }
        if (!luhnValid("80840" + value)) {
            throw new IllegalArgumentException("check digit does not match (not a valid NPI)");
        }
    }

    public static Npi of(String raw) {
        return new Npi(raw == null ? null : raw.strip());
    }

    static boolean luhnValid(String digits) {
        return Luhn.valid(digits);
    }

    @Override
    public String toString() {
        return value;
    }
}
