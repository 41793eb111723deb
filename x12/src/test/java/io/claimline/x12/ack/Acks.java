package io.claimline.x12.ack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The hand-written acknowledgement files under src/test/resources/x12/ack. */
final class Acks {

    private Acks() {
    }

    static String load(String name) {
        try (InputStream in = Acks.class.getResourceAsStream("/x12/ack/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same interchange with other separators, declared in its ISA: {@code !} elements, {@code |} components. */
    static String withSeparators(String interchange) {
        return interchange.replace('*', '!').replace(':', '|');
    }

    static String replaced(String interchange, String from, String to) {
        if (!interchange.contains(from)) {
            throw new IllegalArgumentException("mutation target not in the file"); // a miss would prove nothing
        }
        return interchange.replace(from, to);
    }
}
