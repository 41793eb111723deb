package io.claimline.codesets;

/** Why one line of a code file could not be loaded: its 1-based line number and the rule it breaks. */
public record LineProblem(int lineNumber, String reason) {

    @Override
    public String toString() {
        return "line " + lineNumber + ": " + reason;
    }
}
