package io.claimline.claims.scrubber;

import static io.claimline.claims.scrubber.Edits.blank;

import io.claimline.platform.kernel.Npi;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Each NPI on the claim is 10 digits ending in its Luhn check digit ({@link Npi}): a mistyped NPI is caught here
 * rather than as a payer rejection weeks later. A missing billing NPI is {@link RequiredData}'s.
 */
public final class NpiCheckDigits implements ScrubRule {

    public static final String NAME = "npi-check-digits";

    private static final Pattern TEN_DIGITS = Pattern.compile("[12][0-9]{9}");

    @Override
    public List<ClaimEdit> check(ClaimToScrub claim, ScrubContext context) {
        List<ClaimEdit> edits = new ArrayList<>();
        check(claim.billingProvider().npi(), "billingProvider.npi", "billing provider",
                "Correct the practice's NPI in practice setup (look it up in the NPPES registry).", edits);
        check(claim.renderingProviderNpi(), "renderingProviderNpi", "rendering provider",
                "Correct the provider's NPI in practice setup (look it up in the NPPES registry).", edits);
        return edits;
    }

    private static void check(String npi, String field, String who, String fix, List<ClaimEdit> edits) {
        if (blank(npi)) {
            return;
        }
        String digits = npi.strip();
        if (!TEN_DIGITS.matcher(digits).matches()) {
            edits.add(new ClaimEdit(NAME, field,
                    "The " + who + "'s NPI is not 10 digits starting with 1 or 2.", fix));
        } else if (!isNpi(digits)) {
            edits.add(new ClaimEdit(NAME, field,
                    "The " + who + "'s NPI fails its check digit: a digit is mistyped or swapped.", fix));
        }
    }

    /** The format is right, so {@link Npi} refuses only the check digit (Luhn over 80840 and the first nine). */
    private static boolean isNpi(String digits) {
        try {
            Npi.of(digits);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
