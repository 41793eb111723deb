package io.claimline.gateway.auth;

/**
 * The National Provider Identifier (CMS): 10 digits, the last a Luhn check digit computed over the first nine
 * prefixed with {@code 80840} (the issuer prefix the standard, ISO/IEC 7812, puts in front of every NPI).
 */
final class Npi {

    /** The sum the prefix 80840 adds to the Luhn computation of the nine base digits. */
    private static final int PREFIX_SUM = 24;

    private Npi() {
    }

    static boolean isValid(String npi) {
        return npi != null && npi.matches("[0-9]{10}")
                && checkDigit(npi.substring(0, 9)) == npi.charAt(9) - '0';
    }

    /** The check digit of nine base digits. */
    static int checkDigit(String base) {
        if (!base.matches("[0-9]{9}")) {
            throw new IllegalArgumentException("an NPI base is 9 digits");
        }
        // Luhn over 80840 + base + check digit: counting from the right, the base's last digit is doubled, then
        // every other one; the prefix's own digits contribute a constant 24.
        int sum = PREFIX_SUM;
        for (int i = 0; i < 9; i++) {
            int digit = base.charAt(8 - i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }
}
