package io.claimline.billing.statement.delivery;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One statement to deliver. The recipient's e-mail address and the notice text are opened PHI: they live only in
 * memory for this delivery and are never logged (see {@link #toString()}), stored or put in a file name.
 *
 * @param clinicId the clinic (names the print drop's folder)
 * @param statementId the statement's id
 * @param statementNumber the number printed on the statement; not PHI, names the print file
 * @param channel how to deliver it
 * @param pdf the rendered statement
 * @param recipientEmail for {@link Channel#EMAIL} only: where to send it
 * @param noticeText the e-mail's body: amount due, how to pay, the clinic's contact
 */
public record StatementParcel(String clinicId, String statementId, String statementNumber, Channel channel,
        byte[] pdf, String recipientEmail, String noticeText) {

    // Both become path segments of the print drop: letters, digits and . _ - only, never a leading dot, so that no
    // value can climb out of the drop folder or hide as a dot file.
    private static final Pattern PATH_SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    public StatementParcel {
        Objects.requireNonNull(channel, "channel");
        requirePathSafe(clinicId, "clinicId");
        requirePathSafe(statementNumber, "statementNumber");
        if (statementId == null || statementId.isBlank()) {
            throw new IllegalArgumentException("statementId is required");
        }
        if (pdf == null || pdf.length == 0) {
            throw new IllegalArgumentException("pdf is required");
        }
        if (channel == Channel.EMAIL && (recipientEmail == null || recipientEmail.isBlank())) {
            throw new IllegalArgumentException("recipientEmail is required for e-mail delivery");
        }
    }

    private static void requirePathSafe(String value, String field) {
        if (value == null || !PATH_SAFE.matcher(value).matches()) {
            throw new IllegalArgumentException(field
                    + " must be 1 to 100 letters, digits, '.', '_' or '-', not starting with '.'");
        }
    }

    /** Ids only: never the address, the notice or the document. */
    @Override
    public String toString() {
        return "StatementParcel[clinicId=" + clinicId + ", statementId=" + statementId + ", statementNumber="
                + statementNumber + ", channel=" + channel + ", pdf=" + pdf.length + " bytes]";
    }
}
