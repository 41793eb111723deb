package io.claimline.claims.scrubber;

import static io.claimline.claims.scrubber.Edits.blank;

import io.claimline.claims.scrubber.ClaimToScrub.Line;
import io.claimline.codesets.CodeFormats;
import io.claimline.codesets.FormatCheck;
import java.util.ArrayList;
import java.util.List;

/**
 * Every code has its code set's format ({@link CodeFormats}): diagnoses ICD-10-CM (or ICD-9-CM, for services before
 * October 2015), procedures CPT or HCPCS Level II, modifiers two letters or digits, the place of service two digits.
 * Whether the code exists on the date of service is {@link CodesValidOnDate}'s question, and which diagnosis system
 * the dates call for is {@link DiagnosisQualifierByDate}'s.
 */
public final class WellFormedCodes implements ScrubRule {

    public static final String NAME = "code-formats";

    @Override
    public List<ClaimEdit> check(ClaimToScrub claim, ScrubContext context) {
        List<ClaimEdit> edits = new ArrayList<>();
        List<String> diagnoses = claim.diagnoses();
        for (int i = 0; i < diagnoses.size(); i++) {
            String code = diagnoses.get(i);
            if (!DiagnosisCodeSystem.ICD_10_CM.fits(code) && !DiagnosisCodeSystem.ICD_9_CM.fits(code)) {
                edits.add(new ClaimEdit(NAME, Edits.diagnosis(i),
                        Edits.diagnosisLabel(i) + " is neither an ICD-10-CM code (a letter, a digit, then 1 to 5"
                                + " letters or digits, e.g. E11.9) nor an ICD-9-CM code (3 digits, or V or E and"
                                + " digits, e.g. 250.00).",
                        "Correct the diagnosis code on the encounter."));
            }
        }
        if (!blank(claim.placeOfService())) {
            refused(CodeFormats.placeOfService(claim.placeOfService()), "placeOfService", "The place of service",
                    "Choose a CMS place of service code (11 office, 02 telehealth...) on the encounter.", edits);
        }
        List<Line> lines = claim.lines();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (!blank(line.procedureCode())) {
                refused(CodeFormats.procedure(line.procedureCode()), Edits.line(i) + ".procedureCode",
                        Edits.lineLabel(i) + "'s procedure code", "Correct the procedure code on the encounter line.",
                        edits);
            }
            for (int m = 0; m < line.modifiers().size(); m++) {
                refused(CodeFormats.modifier(line.modifiers().get(m)), Edits.line(i) + ".modifiers[" + m + "]",
                        Edits.lineLabel(i) + "'s modifier " + (m + 1), "Correct the modifier on the encounter line.",
                        edits);
            }
        }
        return edits;
    }

    private static void refused(FormatCheck check, String field, String what, String fix, List<ClaimEdit> edits) {
        if (!check.isAccepted()) {
            // The problem states the rule only, never the input (FormatCheck's promise).
            edits.add(new ClaimEdit(NAME, field, what + " " + check.problem() + ".", fix));
        }
    }
}
