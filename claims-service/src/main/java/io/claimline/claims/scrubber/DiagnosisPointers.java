package io.claimline.claims.scrubber;

import io.claimline.claims.scrubber.ClaimToScrub.Line;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Each line's diagnosis pointers name diagnoses the claim has (1-based positions, SV107), each at most once per line.
 * How many pointers a line may have is {@link ClaimShape}'s.
 */
public final class DiagnosisPointers implements ScrubRule {

    public static final String NAME = "diagnosis-pointers";

    @Override
    public List<ClaimEdit> check(ClaimToScrub claim, ScrubContext context) {
        List<ClaimEdit> edits = new ArrayList<>();
        int diagnoses = claim.diagnoses().size();
        List<Line> lines = claim.lines();
        for (int i = 0; i < lines.size(); i++) {
            List<Integer> pointers = lines.get(i).diagnosisPointers();
            Set<Integer> seen = new HashSet<>();
            for (int p = 0; p < pointers.size(); p++) {
                Integer pointer = pointers.get(p);
                String field = Edits.line(i) + ".diagnosisPointers[" + p + "]";
                if (pointer == null || pointer < 1 || pointer > diagnoses) {
                    edits.add(new ClaimEdit(NAME, field,
                            Edits.lineLabel(i) + " points to diagnosis " + pointer + ", but the claim has "
                                    + diagnoses + (diagnoses == 1 ? " diagnosis." : " diagnoses."),
                            "Point the line to the diagnoses (1 to " + diagnoses + ") that justify the service."));
                } else if (!seen.add(pointer)) {
                    edits.add(new ClaimEdit(NAME, field,
                            Edits.lineLabel(i) + " points to diagnosis " + pointer + " more than once.",
                            "Remove the repeated pointer from the line."));
                }
            }
        }
        return edits;
    }
}
