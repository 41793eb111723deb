package io.claimline.claims.exchange.transport;

import java.util.Arrays;
import java.util.Objects;

/**
 * A file to send: its name (a plain file name, see {@link FileNames}) and its bytes. The bytes are an X12
 * interchange full of PHI, so {@link #toString()} shows only the name and the size.
 */
public record OutboundFile(String name, byte[] content) {

    public OutboundFile {
        FileNames.requirePlain(name);
        content = Objects.requireNonNull(content, "content").clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OutboundFile that && name.equals(that.name) && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "OutboundFile[name=" + name + ", size=" + content.length + "]";
    }
}
