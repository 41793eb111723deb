package io.claimline.claims.scrubber;

import static io.claimline.claims.scrubber.Edits.blank;

import io.claimline.claims.scrubber.ClaimToScrub.Line;
import io.claimline.codesets.CodeFormats;
import io.claimline.codesets.CodeKind;
import io.claimline.codesets.CodeSets;
import io.claimline.codesets.Membership;
import io.claimline.codesets.ProcedureCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every code is billable on its date of service in the code sets the clinic loaded ({@link CodeSets#isValid}):
 * codes are added and deleted each year (ICD-10-CM every 1 October, HCPCS quarterly). A diagnosis is checked on the
 * date of each line that points to it; a kind with no loaded file (CPT without the clinic's AMA licence, CPT
 * modifiers) is checked by format only ({@link Membership#NOT_LOADED}). Codes of the wrong format are {@link
 * WellFormedCodes}' and ICD-9-CM codes (never loaded) are not looked up.
 */
public final class CodesValidOnDate implements ScrubRule {

    public static final String NAME = "codes-valid-on-date";

    @Override
    public List<ClaimEdit> check(ClaimToScrub claim, ScrubContext context) {
        List<ClaimEdit> edits = new ArrayList<>();
        CodeSets codes = context.codeSets();
        List<String> diagnoses = claim.diagnoses();
        for (int i = 0; i < diagnoses.size(); i++) {
            String code = diagnoses.get(i);
            if (!CodeFormats.icd10Cm(code).isAccepted()) {
                continue;
            }
            for (LocalDate date : datesOfDiagnosis(claim, i + 1)) {
                if (date.isBefore(DiagnosisCodeSystem.ICD_10_FROM)) {
                    continue; // ICD-9-CM territory: DiagnosisQualifierByDate's
                }
                Membership answer = codes.isValid(CodeKind.ICD_10_CM, code, date);
                if (!answer.isAcceptable()) {
                    edits.add(edit(Edits.diagnosis(i), Edits.diagnosisLabel(i), normalised(code), answer));
                    break; // one edit per diagnosis, however many lines point to it
                }
            }
        }
        if (!blank(claim.placeOfService()) && claim.serviceFrom() != null
                && CodeFormats.placeOfService(claim.placeOfService()).isAccepted()) {
            Membership answer = codes.isValid(CodeKind.PLACE_OF_SERVICE, claim.placeOfService(), claim.serviceFrom());
            if (!answer.isAcceptable()) {
                edits.add(edit("placeOfService", "The place of service", claim.placeOfService().strip(), answer));
            }
        }
        List<Line> lines = claim.lines();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            LocalDate date = claim.dateOf(line);
            if (date == null) {
                continue;
            }
            if (CodeFormats.procedure(line.procedureCode()).isAccepted()) {
                ProcedureCode procedure = ProcedureCode.of(line.procedureCode());
                Membership answer = codes.isValid(procedure, date);
                if (!answer.isAcceptable()) {
                    edits.add(edit(Edits.line(i) + ".procedureCode", Edits.lineLabel(i) + "'s procedure code",
                            procedure.value(), answer));
                }
            }
            for (int m = 0; m < line.modifiers().size(); m++) {
                String modifier = line.modifiers().get(m);
                if (!CodeFormats.modifier(modifier).isAccepted()) {
                    continue;
                }
                Membership answer = codes.isValid(CodeKind.MODIFIER, modifier, date);
                if (!answer.isAcceptable()) {
                    edits.add(edit(Edits.line(i) + ".modifiers[" + m + "]", Edits.lineLabel(i) + "'s modifier",
                            CodeFormats.modifier(modifier).normalised(), answer));
                }
            }
        }
        return edits;
    }

    /** The dates of the lines pointing to a diagnosis (1-based), or the claim's first date when none does. */
    private static Set<LocalDate> datesOfDiagnosis(ClaimToScrub claim, int pointer) {
        Set<LocalDate> dates = new LinkedHashSet<>();
        for (Line line : claim.lines()) {
            if (line.diagnosisPointers().contains(pointer) && claim.dateOf(line) != null) {
                dates.add(claim.dateOf(line));
            }
        }
        if (dates.isEmpty() && claim.serviceFrom() != null) {
            dates.add(claim.serviceFrom());
        }
        return dates;
    }

    private static String normalised(String diagnosis) {
        return CodeFormats.icd10Cm(diagnosis).normalised();
    }

    private static ClaimEdit edit(String field, String what, String code, Membership answer) {
        return switch (answer) {
            case NOT_VALID_ON_DATE -> new ClaimEdit(NAME, field,
                    what + " " + code + " is not valid on the date of service: it was added later or deleted by"
                            + " then.",
                    "Use the code in effect on the date of service (check this year's code set for its"
                            + " replacement).");
            case NOT_BILLABLE -> new ClaimEdit(NAME, field,
                    what + " " + code + " is a category, not a billable code.",
                    "Code to the highest specificity: choose a billable code under " + code + ".");
            default -> new ClaimEdit(NAME, field,
                    what + " " + code + " is not in the loaded code set.",
                    "Check the code for a typo, or load the code set that has it.");
        };
    }
}
