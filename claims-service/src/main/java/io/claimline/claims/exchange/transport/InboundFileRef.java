package io.claimline.claims.exchange.transport;

/** A complete file waiting in the clearinghouse's download directory: its plain name and its size in bytes. */
public record InboundFileRef(String name, long size) {

    public InboundFileRef {
        FileNames.requirePlain(name);
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
    }
}
