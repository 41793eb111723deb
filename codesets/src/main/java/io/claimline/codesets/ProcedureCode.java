package io.claimline.codesets;

/** A procedure code of valid format: a CPT code (Category I, II or III) or a HCPCS Level II code. */
public record ProcedureCode(String value, Type type) {

    /** Which code set, and for CPT which category. */
    public enum Type {
        CPT_CATEGORY_I,
        CPT_CATEGORY_II,
        CPT_CATEGORY_III,
        HCPCS_LEVEL_II;

        public boolean isCpt() {
            return this != HCPCS_LEVEL_II;
        }

        /** The kind of code set the code's membership is checked in. */
        public CodeKind kind() {
            return isCpt() ? CodeKind.CPT : CodeKind.HCPCS_LEVEL_II;
        }
    }

    public ProcedureCode {
        FormatCheck check = CodeFormats.procedure(value);
        if (type == null || !check.isAccepted() || !check.normalised().equals(value) || typeOf(value) != type) {
            throw new InvalidCodeException(CodeFormats.PROCEDURE_RULE + ", upper case, with its type");
        }
    }

    /** Accepts any case; tells CPT from HCPCS Level II by the pattern (CPT starts with a digit, HCPCS with a letter). */
    public static ProcedureCode of(String input) {
        String code = CodeFormats.procedure(input).orThrow();
        return new ProcedureCode(code, typeOf(code));
    }

    public boolean isCpt() {
        return type.isCpt();
    }

    public boolean isHcpcsLevel2() {
        return type == Type.HCPCS_LEVEL_II;
    }

    private static Type typeOf(String code) {
        if (CodeFormats.isCptCategoryI(code)) {
            return Type.CPT_CATEGORY_I;
        }
        if (CodeFormats.isCptCategoryII(code)) {
            return Type.CPT_CATEGORY_II;
        }
        return CodeFormats.isCpt(code) ? Type.CPT_CATEGORY_III : Type.HCPCS_LEVEL_II;
    }

    @Override
    public String toString() {
        return value;
    }
}
