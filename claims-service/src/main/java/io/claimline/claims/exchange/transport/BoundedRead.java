package io.claimline.claims.exchange.transport;

import java.io.IOException;
import java.io.InputStream;

/** Reads a fetched file into memory, never more than the size limit (+1 byte to notice a file that grew). */
final class BoundedRead {

    /** A byte array cannot be larger; a limit above it is capped. */
    static final long LARGEST_ARRAY = Integer.MAX_VALUE - 8;

    private BoundedRead() {
    }

    static byte[] readAtMost(InputStream in, long maxFileSize, String name) throws IOException {
        int limit = (int) Math.min(maxFileSize, LARGEST_ARRAY);
        // readNBytes grows its buffer as bytes arrive: a small file costs a small buffer whatever the limit.
        byte[] bytes = in.readNBytes(limit);
        if (in.read() != -1) {
            throw tooLarge(name, -1, maxFileSize);
        }
        return bytes;
    }

    static TransportException tooLarge(String name, long size, long maxFileSize) {
        String actual = size >= 0 ? size + " bytes" : "more bytes than that (it grew while being read)";
        return TransportException.refused("'" + name + "' is larger than the clearinghouse file limit of "
                + maxFileSize + " bytes (claimline.claims.clearinghouse.max-file-size): " + actual + "; not fetched",
                null);
    }
}
