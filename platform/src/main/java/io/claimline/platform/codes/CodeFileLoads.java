package io.claimline.platform.codes;

import io.claimline.codesets.CodeFileRejectedException;
import io.claimline.codesets.CodeKind;
import io.claimline.codesets.CodeSet;
import io.claimline.codesets.EffectiveRange;
import io.claimline.codesets.HcpcsRecordFile;
import io.claimline.codesets.Icd10CmOrderFile;
import io.claimline.codesets.TabSeparatedCodeFile;
import io.claimline.platform.kernel.StateConflictException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Loads one code file into this service: parsed whole by its loader (a malformed line rejects the file, nothing is
 * stored), then stored with its codes, once per kind, scope and SHA-256. Counts every load by outcome.
 */
public class CodeFileLoads {

    static final String LOADS_METRIC = "claimline.code-sets.file.loads";

    private final CodeSetStore store;
    private final Clock clock;
    private final MeterRegistry meters;

    public CodeFileLoads(CodeSetStore store, Clock clock, MeterRegistry meters) {
        this.store = store;
        this.clock = clock;
        this.meters = meters;
    }

    /** A file as uploaded: kind, the uploading clinic (the scope of a CPT file), name, range (null if dated). */
    public record Upload(CodeFileKind kind, String clinicId, String fileName, EffectiveRange range, byte[] content,
            String loadedBy) {

        public Upload {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(clinicId, "clinicId");
            Objects.requireNonNull(content, "content");
            if (kind.rangeGivenAtLoad() != (range != null)) {
                throw new IllegalArgumentException(kind.rangeGivenAtLoad()
                        ? "this kind of file needs the effective range" : "this kind of file carries its own dates");
            }
        }
    }

    /**
     * @throws CodeFileRejectedException malformed lines: nothing stored
     * @throws EmptyCodeFileException no codes in the file: nothing stored
     * @throws StateConflictException the same file was loaded before with another effective range
     */
    public CodeSetStore.Stored load(Upload upload) {
        List<CodeSet> sets;
        try {
            sets = parse(upload);
        } catch (CodeFileRejectedException e) {
            count(upload.kind(), "rejected");
            throw e;
        }
        if (sets.stream().allMatch(set -> set.size() == 0)) {
            count(upload.kind(), "rejected");
            throw new EmptyCodeFileException();
        }
        CodeSetStore.Stored stored = store.store(new CodeSetStore.NewFile(upload.kind(),
                upload.kind().perClinic() ? upload.clinicId() : null, upload.fileName(), sha256(upload.content()),
                upload.range(), clock.instant(), upload.loadedBy(), sets));
        if (stored.alreadyLoaded() && !sameRange(stored.file(), upload.range())) {
            count(upload.kind(), "conflict");
            throw new StateConflictException("This file was loaded before with another effective range; a file is"
                    + " loaded once");
        }
        count(upload.kind(), stored.alreadyLoaded() ? "already_loaded" : "loaded");
        return stored;
    }

    private static List<CodeSet> parse(Upload upload) {
        ByteArrayInputStream in = new ByteArrayInputStream(upload.content());
        return switch (upload.kind()) {
            case ICD_10_CM -> List.of(Icd10CmOrderFile.load(in, upload.range()));
            case HCPCS_LEVEL_II -> {
                HcpcsRecordFile.Loaded loaded = HcpcsRecordFile.load(in);
                yield List.of(loaded.procedures(), loaded.modifiers());
            }
            case CPT -> List.of(TabSeparatedCodeFile.load(CodeKind.CPT, in, upload.range()));
            case PLACE_OF_SERVICE -> List.of(TabSeparatedCodeFile.load(CodeKind.PLACE_OF_SERVICE, in,
                    upload.range()));
        };
    }

    private static boolean sameRange(LoadedFile file, EffectiveRange range) {
        return range == null ? file.effectiveFrom() == null
                : range.from().equals(file.effectiveFrom()) && Objects.equals(range.through(), file.effectiveThrough());
    }

    private void count(CodeFileKind kind, String outcome) {
        // Labels: the kind of file and the outcome only, never a code or a clinic.
        Counter.builder(LOADS_METRIC).description("Code files loaded, by kind and outcome")
                .tag("kind", kind.name().toLowerCase(Locale.ROOT)).tag("outcome", outcome)
                .register(meters).increment();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The file held no codes: loading it would make every code of its kind unknown. */
    public static class EmptyCodeFileException extends RuntimeException {

        public EmptyCodeFileException() {
            super("The file holds no codes; nothing was loaded");
        }
    }
}
