package io.claimline.platform.codes;

import io.claimline.codesets.CodeKind;
import java.util.Set;

/**
 * The kinds of code file a service loads, each in its published layout. A HCPCS Level II file holds the modifiers
 * too. Only CPT is a clinic's own (AMA-licensed, loaded by a licensed clinic for itself); CMS's files are shared by
 * every clinic of the service.
 */
public enum CodeFileKind {

    /** The ICD-10-CM order file (fixed width); the caller gives the fiscal year or the effective range. */
    ICD_10_CM(Set.of(CodeKind.ICD_10_CM), true),
    /** The HCPCS Level II record file (320 characters a record), dates in the file. */
    HCPCS_LEVEL_II(Set.of(CodeKind.HCPCS_LEVEL_II, CodeKind.MODIFIER), false),
    /** A clinic's licensed CPT codes, tab-separated code and description; the caller gives the effective range. */
    CPT(Set.of(CodeKind.CPT), true),
    /** The CMS place-of-service list, tab-separated code and name; the caller gives the effective range. */
    PLACE_OF_SERVICE(Set.of(CodeKind.PLACE_OF_SERVICE), true);

    private final Set<CodeKind> codeKinds;
    private final boolean rangeGivenAtLoad;

    CodeFileKind(Set<CodeKind> codeKinds, boolean rangeGivenAtLoad) {
        this.codeKinds = codeKinds;
        this.rangeGivenAtLoad = rangeGivenAtLoad;
    }

    public Set<CodeKind> codeKinds() {
        return codeKinds;
    }

    /** Whether the file carries no dates, so the loader is told the range its codes are valid for. */
    public boolean rangeGivenAtLoad() {
        return rangeGivenAtLoad;
    }

    /** A clinic's own file, seen by that clinic only; otherwise shared by every clinic of the service. */
    public boolean perClinic() {
        return this == CPT;
    }
}
