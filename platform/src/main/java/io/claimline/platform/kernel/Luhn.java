package io.claimline.platform.kernel;

/** The Luhn check digit (ISO/IEC 7812): NPIs carry one, and so do payment card numbers, which we must never take. */
public final class Luhn {

    private Luhn() {
    }

    /** Whether a string of digits ends in its Luhn check digit. */
    public static boolean valid(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }
}
