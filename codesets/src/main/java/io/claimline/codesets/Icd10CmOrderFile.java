package io.claimline.codesets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Loads the ICD-10-CM order file CMS and NCHS publish each fiscal year ({@code icd10cm_order_YYYY.txt}). Fixed width,
 * 1-based columns:
 *
 * <pre>
 *  1-5   order number, zero-padded
 *  6     blank
 *  7-13  code, no dot, left-justified and space-padded
 *  14    blank
 *  15    0 = header (not valid for HIPAA transactions), 1 = valid for submission
 *  16    blank
 *  17-76 short description (60)
 *  77    blank
 *  78-   long description
 * </pre>
 *
 * Headers are kept (not billable) so that a header code answers {@link Membership#NOT_BILLABLE} rather than
 * {@link Membership#UNKNOWN}. The file does not say which year it is for: the caller passes the effective range
 * ({@link EffectiveRange#icd10CmFiscalYear(int)}). All or nothing: any malformed line rejects the whole file.
 */
public final class Icd10CmOrderFile {

    private static final int SHORT_DESCRIPTION_START = 16;
    private static final int SHORT_DESCRIPTION_END = 76;
    private static final int LONG_DESCRIPTION_START = 77;

    private Icd10CmOrderFile() {
    }

    public static CodeSet load(InputStream in, EffectiveRange effective) {
        // The published files are plain ASCII; UTF-8 reads them unchanged.
        return load(new InputStreamReader(in, StandardCharsets.UTF_8), effective);
    }

    public static CodeSet load(Reader reader, EffectiveRange effective) {
        Objects.requireNonNull(effective, "effective");
        List<CodeEntry> entries = new ArrayList<>();
        List<LineProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        BufferedReader lines = new BufferedReader(reader);
        try {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue; // a trailing empty line is not a record
                }
                String problem = problemWith(line);
                if (problem != null) {
                    problems.add(new LineProblem(number, problem));
                    continue;
                }
                String code = line.substring(6, 13).strip();
                if (!seen.add(code)) {
                    problems.add(new LineProblem(number, "the code appears on an earlier line"));
                    continue;
                }
                boolean billable = line.charAt(14) == '1';
                entries.add(new CodeEntry(code, List.of(effective), line.substring(LONG_DESCRIPTION_START).strip(),
                        billable));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("ICD-10-CM order file could not be read", e);
        }
        if (!problems.isEmpty()) {
            throw new CodeFileRejectedException("ICD-10-CM order file", problems);
        }
        return new CodeSet(CodeKind.ICD_10_CM, entries);
    }

    private static String problemWith(String line) {
        if (line.length() <= LONG_DESCRIPTION_START) {
            return "shorter than the layout: the long description starts at column 78";
        }
        if (!line.substring(0, 5).chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "columns 1-5 must be the order number (5 digits)";
        }
        if (line.charAt(5) != ' ' || line.charAt(13) != ' ' || line.charAt(15) != ' '
                || line.charAt(SHORT_DESCRIPTION_END) != ' ') {
            return "columns 6, 14, 16 and 77 must be blank";
        }
        String code = line.substring(6, 13);
        FormatCheck check = CodeFormats.icd10Cm(code);
        if (code.startsWith(" ") || code.contains(".") || !check.isAccepted()
                || !check.normalised().equals(code.strip())) {
            return "columns 7-13 must be an ICD-10-CM code, upper case without the dot,"
                    + " left-justified";
        }
        char flag = line.charAt(14);
        if (flag != '0' && flag != '1') {
            return "column 15 must be 0 (header) or 1 (valid for submission)";
        }
        if (line.substring(SHORT_DESCRIPTION_START, SHORT_DESCRIPTION_END).isBlank()) {
            return "columns 17-76 must hold the short description";
        }
        if (line.substring(LONG_DESCRIPTION_START).isBlank()) {
            return "the long description from column 78 must not be blank";
        }
        return null;
    }
}
