package io.claimline.claims.claim.api;

/**
 * One sending of a claim: which number it is (1 the first; a rejected claim is sent again as a new original), the
 * patient control number it carried (CLM01, unique per sending so a late acknowledgement of an earlier one is never
 * mistaken for this one), and where it went: the batch, its interchange's control numbers and the file's SHA-256 (its
 * id in the clinic's encrypted documents: the file itself is never in the event).
 */
public record Submission(int number, String patientControlNumber, String batchId, int interchangeControlNumber,
        int groupControlNumber, int transactionSetControlNumber, String fileSha256) {

    /**
     * The patient control number of a claim's {@code number}th sending: the claim's own for the first, then
     * suffixed {@code R1}, {@code R2}… (at most 20 characters with a 12-character base and up to 99 resendings).
     */
    public static String patientControlNumberFor(String base, int number) {
        return number == 1 ? base : base + "R" + (number - 1);
    }
}
