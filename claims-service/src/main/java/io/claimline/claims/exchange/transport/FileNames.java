package io.claimline.claims.exchange.transport;

import java.util.regex.Pattern;

/**
 * The names the transport sends and accepts: a plain file name of letters, digits, dot, dash and underscore, not
 * starting with a dot, not ending in {@code .part}. That keeps every name inside its directory (no {@code /},
 * no {@code ..}), the same on SFTP and a mounted share, and free of the upload's temporary suffix.
 */
final class FileNames {

    static final String PART_SUFFIX = ".part";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,199}");

    private FileNames() {
    }

    static boolean isPlain(String name) {
        return name != null && PLAIN.matcher(name).matches() && !name.endsWith(PART_SUFFIX);
    }

    static String requirePlain(String name) {
        if (!isPlain(name)) {
            // A name is not PHI (we make them up), but a rejected one may be anything: it is not echoed.
            throw new IllegalArgumentException("a clearinghouse file name must be 1-200 letters, digits, '.', '-' "
                    + "or '_', not start with '.' and not end in '" + PART_SUFFIX + "'");
        }
        return name;
    }

    static String partOf(String name) {
        return name + PART_SUFFIX;
    }
}
