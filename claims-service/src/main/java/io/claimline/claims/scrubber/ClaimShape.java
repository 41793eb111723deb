package io.claimline.claims.scrubber;

import io.claimline.claims.scrubber.ClaimToScrub.Line;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The 837P's limits on a claim: 1 to 12 diagnoses (HI), 1 to 50 lines (loop 2400), up to 4 modifiers and 1 to 4
 * diagnosis pointers per line, whole units above zero, no negative charge; and dates that make sense: the last date
 * of service not before the first, every line's date within them, and none after today (a service not yet given
 * cannot be billed).
 */
public final class ClaimShape implements ScrubRule {

    public static final String NAME = "claim-shape";

    static final int MAX_DIAGNOSES = 12;
    static final int MAX_LINES = 50;
    static final int MAX_MODIFIERS = 4;
    static final int MAX_POINTERS = 4;

    @Override
    public List<ClaimEdit> check(ClaimToScrub claim, ScrubContext context) {
        List<ClaimEdit> edits = new ArrayList<>();
        if (claim.diagnoses().size() > MAX_DIAGNOSES) {
            edits.add(new ClaimEdit(NAME, "diagnoses", "The claim has " + claim.diagnoses().size()
                    + " diagnoses; a claim carries at most " + MAX_DIAGNOSES + ".",
                    "Keep the 12 diagnoses the lines point to, or split the claim."));
        }
        List<Line> lines = claim.lines();
        if (lines.isEmpty()) {
            edits.add(new ClaimEdit(NAME, "lines", "The claim has no service lines.",
                    "Add the services given to the encounter."));
        } else if (lines.size() > MAX_LINES) {
            edits.add(new ClaimEdit(NAME, "lines", "The claim has " + lines.size() + " lines; a claim carries at most "
                    + MAX_LINES + ".", "Split the services over two claims."));
        }
        dates(claim, context.today(), edits);
        for (int i = 0; i < lines.size(); i++) {
            line(claim, i, edits);
        }
        return edits;
    }

    private static void dates(ClaimToScrub claim, LocalDate today, List<ClaimEdit> edits) {
        LocalDate from = claim.serviceFrom();
        LocalDate to = claim.serviceTo();
        if (from != null && to != null && to.isBefore(from)) {
            edits.add(new ClaimEdit(NAME, "serviceTo", "The last date of service is before the first.",
                    "Correct the dates of service on the encounter."));
        }
        LocalDate latest = to != null ? to : from;
        if (latest != null && latest.isAfter(today)) {
            edits.add(new ClaimEdit(NAME, "serviceTo", "The dates of service are in the future.",
                    "Bill the service once it has been given, or correct the date of service."));
        }
    }

    private static void line(ClaimToScrub claim, int i, List<ClaimEdit> edits) {
        Line line = claim.lines().get(i);
        String at = Edits.line(i);
        String label = Edits.lineLabel(i);
        if (line.modifiers().size() > MAX_MODIFIERS) {
            edits.add(new ClaimEdit(NAME, at + ".modifiers", label + " has " + line.modifiers().size()
                    + " modifiers; a line carries at most " + MAX_MODIFIERS + ".",
                    "Keep the 4 modifiers that affect payment first (e.g. 25, 59), or use modifier 99 and a line"
                            + " note."));
        }
        int pointers = line.diagnosisPointers().size();
        if (pointers == 0 || pointers > MAX_POINTERS) {
            edits.add(new ClaimEdit(NAME, at + ".diagnosisPointers", label + " has " + pointers
                    + " diagnosis pointers; a line needs 1 to " + MAX_POINTERS + ".",
                    "Point the line to the 1 to 4 diagnoses that justify the service, the main one first."));
        }
        if (line.units() <= 0) {
            edits.add(new ClaimEdit(NAME, at + ".units", label + " has no units billed.",
                    "Enter the units given (at least 1) on the encounter line."));
        }
        if (line.charge() != null && line.charge().amount().signum() < 0) {
            edits.add(new ClaimEdit(NAME, at + ".charge", label + " has a negative charge.",
                    "Enter the charge as a positive amount; credits are posted to the account, not billed."));
        }
        LocalDate date = line.serviceDate();
        LocalDate from = claim.serviceFrom();
        LocalDate to = claim.serviceTo() != null ? claim.serviceTo() : from;
        if (date != null && from != null && to != null && (date.isBefore(from) || date.isAfter(to))) {
            edits.add(new ClaimEdit(NAME, at + ".serviceDate", label + "'s date of service is outside the claim's"
                    + " dates of service.", "Correct the line's date, or bill it on a claim for its own date."));
        }
    }
}
