package io.claimline.claims.claim.api;

import io.claimline.platform.phi.SealedValue;

/**
 * What only the claim holds, edited on the claim by a biller with a reason: the payer's prior authorisation number
 * (REF*G1), a note to the payer (NTE; free text that may identify the patient, so sealed under the patient's key)
 * and the delay reason code (CLM20) a claim filed late states. Each may be null.
 */
public record ClaimOnlyFields(String priorAuthorization, SealedValue note, String delayReasonCode) {

    public static final ClaimOnlyFields NONE = new ClaimOnlyFields(null, null, null);
}
