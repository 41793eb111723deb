package io.claimline.codesets;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The codes of one kind loaded from one or more files, immutable. Codes are held normalised. */
public final class CodeSet {

    private final CodeKind kind;
    private final Map<String, CodeEntry> entries;

    public CodeSet(CodeKind kind, Collection<CodeEntry> entries) {
        this.kind = Objects.requireNonNull(kind, "kind");
        Map<String, CodeEntry> byCode = new LinkedHashMap<>();
        for (CodeEntry entry : entries) {
            if (!entry.code().equals(CodeFormats.check(kind, entry.code()).orThrow())) {
                throw new InvalidCodeException("codes in a code set must be in their normalised form (upper case,"
                        + " no dot)");
            }
            byCode.merge(entry.code(), entry, CodeEntry::mergedWith);
        }
        this.entries = Map.copyOf(byCode);
    }

    public CodeKind kind() {
        return kind;
    }

    public int size() {
        return entries.size();
    }

    /** The entry for a code in any accepted spelling (with or without the ICD dot, any case). */
    public Optional<CodeEntry> lookup(String code) {
        FormatCheck check = CodeFormats.check(kind, code);
        return check.isAccepted() ? Optional.ofNullable(entries.get(check.normalised())) : Optional.empty();
    }

    public Collection<CodeEntry> entries() {
        return entries.values();
    }

    /** This set and another of the same kind as one: a code in both keeps the ranges of both. */
    public CodeSet mergedWith(CodeSet other) {
        if (other.kind != kind) {
            throw new IllegalArgumentException("code sets of different kinds cannot be merged");
        }
        java.util.List<CodeEntry> all = new java.util.ArrayList<>(entries.values());
        all.addAll(other.entries.values());
        return new CodeSet(kind, all);
    }
}
