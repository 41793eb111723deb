package io.claimline.platform.web;

/** The aggregate version a caller read, from the {@code If-Match} header (428 without it, 400 when foreign). */
public final class IfMatch {

    private IfMatch() {
    }

    public static long requiredVersion(String ifMatch) {
        if (ifMatch == null) {
            throw new PreconditionRequiredException();
        }
        return version(ifMatch);
    }

    /** The version when {@code If-Match} was sent, else null (writes that may go without it). */
    public static Long optionalVersion(String ifMatch) {
        return ifMatch == null ? null : version(ifMatch);
    }

    private static long version(String ifMatch) {
        try {
            return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("If-Match must be an ETag this service returned");
        }
    }
}
