package io.claimline.patient.eligibility.clearinghouse;

/**
 * A clearinghouse's real-time exchange: one X12 request out, one answer back. An answer is returned whatever it
 * says (a 271, a 999, an envelope error such as {@code UnAuthorized}); only an unreachable or failing clearinghouse
 * throws {@link ClearinghouseUnavailableException}.
 */
public interface Clearinghouse {

    ClearinghouseReply exchange(ClearinghouseRequest request);
}
