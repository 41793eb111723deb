package io.claimline.claims.exchange.transport;

import java.util.regex.Pattern;

/** SHA-256 host key fingerprints as {@code ssh-keygen -lf} prints them ({@code SHA256:} + unpadded base64). */
final class HostKeyFingerprints {

    private static final Pattern SHA256 = Pattern.compile("(SHA256:)?[A-Za-z0-9+/]{43}=?");

    private HostKeyFingerprints() {
    }

    static boolean isWellFormed(String fingerprint) {
        return fingerprint != null && SHA256.matcher(fingerprint.trim()).matches();
    }

    /** The base64 part alone, without prefix or padding, so that both spellings compare equal. */
    static String normalize(String fingerprint) {
        String value = fingerprint.trim();
        if (value.startsWith("SHA256:")) {
            value = value.substring("SHA256:".length());
        }
        return value.endsWith("=") ? value.substring(0, value.length() - 1) : value;
    }
}
