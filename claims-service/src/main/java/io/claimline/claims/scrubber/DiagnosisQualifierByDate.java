package io.claimline.claims.scrubber;

import static io.claimline.claims.scrubber.DiagnosisCodeSystem.ICD_10_FROM;
import static io.claimline.claims.scrubber.DiagnosisCodeSystem.ICD_9_CM;
import static io.claimline.claims.scrubber.DiagnosisCodeSystem.ICD_10_CM;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The diagnosis code system follows the dates of service: ICD-10-CM (qualifier ABK/ABF) for services on or after
 * 1 October 2015, ICD-9-CM (BK/BF) before. A claim uses one system for all its diagnoses, so a claim whose dates
 * span the switch must be split, and one mixing the systems is refused whatever its dates.
 */
public final class DiagnosisQualifierByDate implements ScrubRule {

    public static final String NAME = "diagnosis-qualifier-by-date";

    @Override
    public List<ClaimEdit> check(ClaimToScrub claim, ScrubContext context) {
        List<ClaimEdit> edits = new ArrayList<>();
        List<String> diagnoses = claim.diagnoses();
        boolean anyIcd9 = diagnoses.stream().anyMatch(ICD_9_CM::onlyFits);
        boolean anyIcd10 = diagnoses.stream().anyMatch(ICD_10_CM::onlyFits);
        if (anyIcd9 && anyIcd10) {
            edits.add(new ClaimEdit(NAME, "diagnoses", "The diagnoses mix ICD-9-CM and ICD-10-CM codes; a claim"
                    + " carries codes of one system only.",
                    "Code every diagnosis in ICD-10-CM for services from 1 October 2015, in ICD-9-CM before."));
        }
        LocalDate first = claim.firstDateOfService();
        if (first == null) {
            return edits;
        }
        LocalDate last = claim.serviceTo() != null && claim.serviceTo().isAfter(first) ? claim.serviceTo() : first;
        if (first.isBefore(ICD_10_FROM) && !last.isBefore(ICD_10_FROM)) {
            edits.add(new ClaimEdit(NAME, "serviceTo", "The dates of service span 1 October 2015, when ICD-10-CM"
                    + " replaced ICD-9-CM.",
                    "Split the claim: services before 1 October 2015 with ICD-9-CM, the rest with ICD-10-CM."));
            return edits;
        }
        DiagnosisCodeSystem expected = DiagnosisCodeSystem.forDate(first);
        for (int i = 0; i < diagnoses.size(); i++) {
            if (expected.other().onlyFits(diagnoses.get(i))) {
                edits.add(new ClaimEdit(NAME, Edits.diagnosis(i),
                        Edits.diagnosisLabel(i) + " is an " + expected.other().label() + " code, but services "
                                + (expected == ICD_10_CM ? "from" : "before") + " 1 October 2015 are coded in "
                                + expected.label() + ".",
                        "Code the diagnosis in " + expected.label() + "."));
            }
        }
        return edits;
    }
}
