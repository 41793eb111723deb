package io.claimline.x12;

/**
 * Caps applied before and while reading an interchange, so a hostile or broken file cannot exhaust memory.
 * An eligibility response is a few kilobytes; the defaults leave ample room for real files of any transaction set
 * we read while refusing the absurd.
 */
public record ReadLimits(long maxBytes, int maxSegments) {

    public static final ReadLimits DEFAULT = new ReadLimits(4L * 1024 * 1024, 50_000);

    public ReadLimits {
        if (maxBytes < 106) { // an ISA segment alone is 106 characters
            throw new IllegalArgumentException("maxBytes must allow at least an ISA segment");
        }
        if (maxSegments < 6) { // ISA GS ST SE GE IEA
            throw new IllegalArgumentException("maxSegments must allow at least an empty envelope");
        }
    }
}
