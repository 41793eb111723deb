package io.claimline.platform.codes;

import io.claimline.codesets.CodeKind;
import io.claimline.codesets.CodeSet;
import io.claimline.codesets.CodeSets;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The code sets as each clinic sees them, kept in memory and rebuilt when the stored files change. Every call asks
 * the store one cheap question (how many files are stored: one tiny table); only when the answer changed, because
 * this or another instance loaded a file, are the codes read again. Files are never changed or deleted, so the count
 * is a version.
 */
public class StoredCodeSets implements LoadedCodeSets {

    private final CodeSetStore store;
    private volatile Snapshot snapshot = new Snapshot(-1, CodeSets.empty(), Map.of());

    public StoredCodeSets(CodeSetStore store) {
        this.store = store;
    }

    /** The codes of one version of the stored files: the shared sets, and each clinic's view built on demand. */
    private record Snapshot(long version, CodeSets shared, Map<CodeKind, Long> counts,
            Map<String, CodeSets> byClinic) {

        Snapshot(long version, CodeSets shared, Map<CodeKind, Long> counts) {
            this(version, shared, counts, new ConcurrentHashMap<>());
        }
    }

    @Override
    public CodeSets forClinic(String clinicId) {
        Objects.requireNonNull(clinicId, "clinicId");
        Snapshot current = current();
        return current.byClinic().computeIfAbsent(clinicId, clinic -> {
            CodeSets sets = current.shared();
            for (CodeSet own : store.clinicSets(clinic)) {
                sets = sets.with(own);
            }
            return sets;
        });
    }

    /** Codes stored of a kind, each clinic's own codes counted per clinic (for the gauge). */
    public long codes(CodeKind kind) {
        return current().counts().getOrDefault(kind, 0L);
    }

    private Snapshot current() {
        long version = store.version();
        Snapshot known = snapshot;
        if (known.version() == version) {
            return known;
        }
        synchronized (this) {
            if (snapshot.version() != version) {
                // Read after the version: the codes are at least that new; a file stored meanwhile changes the
                // count again, so the next call reads once more.
                CodeSets shared = CodeSets.empty();
                for (CodeSet set : store.sharedSets()) {
                    shared = shared.with(set);
                }
                snapshot = new Snapshot(version, shared, store.codeCounts());
            }
            return snapshot;
        }
    }
}
