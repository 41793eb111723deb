package io.claimline.codesets;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The code sets a service has loaded, immutable: {@link #with(CodeSet)} answers a new instance, so a service can
 * swap in a reloaded one atomically. Membership is checked only for kinds with a loaded file; for the rest only the
 * format is checked ({@link Membership#NOT_LOADED}), as CPT is for a clinic without an AMA licence.
 */
public final class CodeSets {

    private static final CodeSets EMPTY = new CodeSets(new EnumMap<>(CodeKind.class));

    private final Map<CodeKind, CodeSet> byKind;

    private CodeSets(Map<CodeKind, CodeSet> byKind) {
        this.byKind = byKind;
    }

    public static CodeSets empty() {
        return EMPTY;
    }

    /** These sets plus another; a kind already loaded is merged with it (a later fiscal year beside an earlier one). */
    public CodeSets with(CodeSet set) {
        EnumMap<CodeKind, CodeSet> next = new EnumMap<>(CodeKind.class);
        next.putAll(byKind);
        next.merge(set.kind(), set, CodeSet::mergedWith);
        return new CodeSets(next);
    }

    public boolean isLoaded(CodeKind kind) {
        return byKind.containsKey(kind);
    }

    public Optional<CodeSet> get(CodeKind kind) {
        return Optional.ofNullable(byKind.get(kind));
    }

    /**
     * Whether the code may be billed for a service on the date. A code of the wrong format is {@link
     * Membership#UNKNOWN} when its kind is loaded; callers check the format first to give the rule
     * ({@link CodeFormats}).
     */
    public Membership isValid(CodeKind kind, String code, LocalDate dateOfService) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dateOfService, "dateOfService");
        CodeSet set = byKind.get(kind);
        if (set == null || kind == CodeKind.MODIFIER && isCptModifier(code)) {
            return Membership.NOT_LOADED;
        }
        return set.lookup(code).map(entry -> {
            if (!entry.isEffectiveOn(dateOfService)) {
                return Membership.NOT_VALID_ON_DATE;
            }
            return entry.billable() ? Membership.VALID : Membership.NOT_BILLABLE;
        }).orElse(Membership.UNKNOWN);
    }

    /**
     * A CPT (Level I) modifier begins with a digit (25, 59, 1P…): part of CPT, licensed by the AMA, never in the CMS
     * HCPCS file, whose modifiers are Level II (they begin with a letter). It is checked by its format only.
     */
    static boolean isCptModifier(String code) {
        return code != null && !code.isEmpty() && Character.isDigit(code.charAt(0));
    }

    public Membership isValid(DiagnosisCode code, LocalDate dateOfService) {
        return isValid(CodeKind.ICD_10_CM, code.value(), dateOfService);
    }

    public Membership isValid(ProcedureCode code, LocalDate dateOfService) {
        return isValid(code.type().kind(), code.value(), dateOfService);
    }
}
