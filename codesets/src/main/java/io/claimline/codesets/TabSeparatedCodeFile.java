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
 * A plain code list: one code a line, {@code code<TAB>description}, UTF-8; lines starting with {@code #} are comments.
 * Claimline's own simple format for the lists CMS publishes only as a web page or a PDF (place of service) and for a
 * clinic's licensed CPT codes (the AMA's data files come in several layouts; a clinic exports the two columns).
 * Codes are written in any accepted spelling of their kind and stored normalised. The file carries no dates: the
 * caller passes the effective range. All or nothing: any malformed line rejects the whole file.
 */
public final class TabSeparatedCodeFile {

    /** Longer descriptions are malformed: the published ones are well under this. */
    static final int MAX_DESCRIPTION = 1000;

    private TabSeparatedCodeFile() {
    }

    public static CodeSet load(CodeKind kind, InputStream in, EffectiveRange effective) {
        return load(kind, new InputStreamReader(in, StandardCharsets.UTF_8), effective);
    }

    public static CodeSet load(CodeKind kind, Reader reader, EffectiveRange effective) {
        Objects.requireNonNull(kind, "kind");
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
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                if (columns.length != 2) {
                    problems.add(new LineProblem(number, "must be two columns separated by one tab: the code and"
                            + " its description"));
                    continue;
                }
                FormatCheck code = CodeFormats.check(kind, columns[0]);
                if (!code.isAccepted()) {
                    problems.add(new LineProblem(number, "column 1 " + code.problem()));
                    continue;
                }
                String description = columns[1].strip();
                if (description.isEmpty() || description.length() > MAX_DESCRIPTION) {
                    problems.add(new LineProblem(number, "column 2 must be the description (1 to "
                            + MAX_DESCRIPTION + " characters)"));
                    continue;
                }
                if (!seen.add(code.normalised())) {
                    problems.add(new LineProblem(number, "the code appears on an earlier line"));
                    continue;
                }
                entries.add(new CodeEntry(code.normalised(), List.of(effective), description, true));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("code list could not be read", e);
        }
        if (!problems.isEmpty()) {
            throw new CodeFileRejectedException(kind + " code list", problems);
        }
        return new CodeSet(kind, entries);
    }
}
