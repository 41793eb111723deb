package io.claimline.x12.eligibility;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The hand-written 271 files under src/test/resources/x12/eligibility (fake people, realistic shapes). */
final class Responses {

    private Responses() {
    }

    static String load(String name) {
        try (InputStream in = Responses.class.getResourceAsStream("/x12/eligibility/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String activeSubscriber() {
        return load("271-active-subscriber.edi");
    }

    static String inactive() {
        return load("271-inactive.edi");
    }

    static String unknownMember() {
        return load("271-unknown-member.edi");
    }

    static String dependent() {
        return load("271-dependent.edi");
    }
}
