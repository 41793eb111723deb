package io.claimline.codesets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the HCPCS Level II annual file CMS publishes ({@code HCPC20xx_anweb...txt}) in its fixed-width record layout:
 * 320 characters a record, 1-based columns (only the fields used here):
 *
 * <pre>
 *  1-5     HCPCS code, or a modifier in 1-2 with 3-5 blank
 *  6-10    sequence number
 *  11      record identification: 3 first line of a procedure, 4 its continuation,
 *                                  7 first line of a modifier, 8 its continuation
 *  12-91   long description (80; continuation lines carry the rest of it)
 *  92-119  short description (28)
 *  269-276 code added date, CCYYMMDD
 *  277-284 action effective date, CCYYMMDD
 *  285-292 termination date, CCYYMMDD (blank while in force)
 *  293     action code
 * </pre>
 *
 * A code is effective from its added date (the action effective date when the added date is blank) through its
 * termination date. Some copies of the file have trailing blanks trimmed, so shorter lines are read as if padded; a
 * line longer than the record is malformed. All or nothing: any malformed line rejects the whole file.
 */
public final class HcpcsRecordFile {

    static final int RECORD_LENGTH = 320;
    private static final DateTimeFormatter CCYYMMDD =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    /** What the file holds: the HCPCS Level II procedure codes and the modifiers. */
    public record Loaded(CodeSet procedures, CodeSet modifiers) {
    }

    private HcpcsRecordFile() {
    }

    public static Loaded load(InputStream in) {
        // CMS publishes the file in a single-byte encoding; descriptions only, never codes, may use bytes above 127.
        return load(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
    }

    public static Loaded load(Reader reader) {
        Map<String, Draft> procedures = new LinkedHashMap<>();
        Map<String, Draft> modifiers = new LinkedHashMap<>();
        List<LineProblem> problems = new ArrayList<>();
        Draft current = null;
        BufferedReader lines = new BufferedReader(reader);
        try {
            String raw;
            int number = 0;
            while ((raw = lines.readLine()) != null) {
                number++;
                if (raw.isBlank()) {
                    continue;
                }
                if (raw.length() > RECORD_LENGTH) {
                    problems.add(new LineProblem(number, "longer than the 320-character record"));
                    current = null;
                    continue;
                }
                String line = String.format("%-" + RECORD_LENGTH + "s", raw);
                char recordId = line.charAt(10);
                boolean modifier = recordId == '7' || recordId == '8';
                boolean firstLine = recordId == '3' || recordId == '7';
                if (!modifier && recordId != '3' && recordId != '4') {
                    problems.add(new LineProblem(number,
                            "column 11 must be the record identification code 3, 4, 7 or 8"));
                    current = null;
                    continue;
                }
                String codeProblem = codeProblem(line, modifier);
                if (codeProblem != null) {
                    problems.add(new LineProblem(number, codeProblem));
                    current = null;
                    continue;
                }
                String code = line.substring(0, 5).strip();
                if (!line.substring(5, 10).chars().allMatch(c -> c >= '0' && c <= '9')) {
                    problems.add(new LineProblem(number, "columns 6-10 must be the sequence number (5 digits)"));
                    current = null;
                    continue;
                }
                String longPart = line.substring(11, 91).strip();
                if (!firstLine) {
                    if (current == null || !current.code.equals(code) || current.modifier != modifier) {
                        problems.add(new LineProblem(number,
                                "a continuation record (4 or 8) must follow a first line of the same code"));
                    } else {
                        current.longDescription.append(' ').append(longPart);
                    }
                    continue;
                }
                Map<String, Draft> target = modifier ? modifiers : procedures;
                if (target.containsKey(code)) {
                    problems.add(new LineProblem(number, "the code has a first-line record on an earlier line"));
                    current = null;
                    continue;
                }
                current = firstLine(line, code, modifier, number, problems);
                if (current != null) {
                    target.put(code, current);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("HCPCS file could not be read", e);
        }
        if (!problems.isEmpty()) {
            throw new CodeFileRejectedException("HCPCS file", problems);
        }
        return new Loaded(new CodeSet(CodeKind.HCPCS_LEVEL_II, procedures.values().stream().map(Draft::entry).toList()),
                new CodeSet(CodeKind.MODIFIER, modifiers.values().stream().map(Draft::entry).toList()));
    }

    private static String codeProblem(String line, boolean modifier) {
        if (modifier) {
            String code = line.substring(0, 2);
            return line.substring(2, 5).isBlank() && code.equals(CodeFormats.modifier(code).normalisedOrNull())
                    ? null : "columns 1-2 must be a modifier (2 upper-case letters or digits), columns 3-5 blank";
        }
        String code = line.substring(0, 5);
        return code.equals(CodeFormats.hcpcsLevel2(code).normalisedOrNull())
                ? null : "columns 1-5 must be a HCPCS Level II code (a letter A to V and 4 digits)";
    }

    private static Draft firstLine(String line, String code, boolean modifier, int number,
            List<LineProblem> problems) {
        String shortDescription = line.substring(91, 119).strip();
        if (shortDescription.isEmpty()) {
            problems.add(new LineProblem(number, "columns 92-119 must hold the short description"));
            return null;
        }
        LocalDate added;
        LocalDate actionEffective;
        LocalDate terminated;
        try {
            added = date(line.substring(268, 276));
            actionEffective = date(line.substring(276, 284));
            terminated = date(line.substring(284, 292));
        } catch (DateTimeParseException e) {
            problems.add(new LineProblem(number,
                    "columns 269-276, 277-284 and 285-292 must be dates as CCYYMMDD or blank"));
            return null;
        }
        LocalDate from = added != null ? added : actionEffective;
        if (from == null) {
            problems.add(new LineProblem(number,
                    "a first-line record needs the added date (269-276) or the action effective date (277-284)"));
            return null;
        }
        if (terminated != null && terminated.isBefore(from)) {
            problems.add(new LineProblem(number, "the termination date must not be before the added date"));
            return null;
        }
        return new Draft(code, modifier, new EffectiveRange(from, terminated), shortDescription,
                new StringBuilder(line.substring(11, 91).strip()));
    }

    private static LocalDate date(String text) {
        return text.isBlank() ? null : LocalDate.parse(text, CCYYMMDD);
    }

    private static final class Draft {
        final String code;
        final boolean modifier;
        final EffectiveRange range;
        final String shortDescription;
        final StringBuilder longDescription;

        Draft(String code, boolean modifier, EffectiveRange range, String shortDescription,
                StringBuilder longDescription) {
            this.code = code;
            this.modifier = modifier;
            this.range = range;
            this.shortDescription = shortDescription;
            this.longDescription = longDescription;
        }

        CodeEntry entry() {
            String description = longDescription.toString().strip();
            return new CodeEntry(code, List.of(range), description.isEmpty() ? shortDescription : description, true);
        }
    }
}
