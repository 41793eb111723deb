package io.claimline.claims.claim.command;

import io.claimline.claims.claim.api.ClaimOnlyFields;
import io.claimline.platform.kernel.InvalidFieldsException;
import io.claimline.x12.claim.ClaimInformation;
import java.util.regex.Pattern;

/**
 * What a claim-only field may hold, as the 837P carries it: a prior authorisation number is REF*G1 (1 to 50
 * characters without X12 separators); the delay reason is CLM20, one of the codes the guide allows.
 */
final class ClaimFieldRules {

    private static final Pattern AUTHORIZATION = Pattern.compile("[A-Za-z0-9 .\\-/]{1,50}");

    private ClaimFieldRules() {
    }

    static ClaimOnlyFields check(ClaimOnlyFields fields) {
        String authorization = blankToNull(fields.priorAuthorization());
        if (authorization != null && !AUTHORIZATION.matcher(authorization).matches()) {
            throw InvalidFieldsException.of("priorAuthorization",
                    "1 to 50 letters, digits, spaces, '.', '-' or '/'");
        }
        String delay = blankToNull(fields.delayReasonCode());
        if (delay != null && !ClaimInformation.DELAY_REASONS.contains(delay)) {
            throw InvalidFieldsException.of("delayReasonCode", "one of the CLM20 delay reason codes "
                    + "1-11 or 15");
        }
        return new ClaimOnlyFields(authorization, fields.note(), delay);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
