package io.claimline.platform.codes;

import io.claimline.codesets.CodeEntry;
import io.claimline.codesets.CodeFileRejectedException;
import io.claimline.codesets.CodeFormats;
import io.claimline.codesets.CodeKind;
import io.claimline.codesets.CodeSets;
import io.claimline.codesets.EffectiveRange;
import io.claimline.codesets.FormatCheck;
import io.claimline.codesets.Membership;
import io.claimline.platform.kernel.Fields;
import io.claimline.platform.kernel.InvalidFieldsException;
import io.claimline.platform.security.Actor;
import io.claimline.platform.security.CurrentActor;
import io.claimline.platform.security.Roles;
import io.claimline.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The code sets of this service, under its own API path ({@code claimline.code-sets.path}, e.g.
 * {@code /api/billing/code-sets}): an admin loads a code file (the raw file as the body), staff list the loaded files
 * and look a code up on a date of service. CMS files are shared by every clinic of the service; a CPT file is the
 * loading clinic's own (ADR 0018).
 */
@RestController
@RequestMapping(path = "${claimline.code-sets.path}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Code sets", description = "ICD-10-CM, HCPCS Level II, CPT and place-of-service codes with their dates")
public class CodeSetsController {

    /** Problems listed in a refusal; a wholly wrong file would otherwise answer one per line. */
    static final int PROBLEMS_LISTED = 100;
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9._-]{1,200}");

    private final CodeFileLoads loads;
    private final CodeSetStore store;
    private final LoadedCodeSets codeSets;
    private final Clock clock;

    public CodeSetsController(CodeFileLoads loads, CodeSetStore store, LoadedCodeSets codeSets, Clock clock) {
        this.loads = loads;
        this.store = store;
        this.codeSets = codeSets;
        this.clock = clock;
    }

    @Operation(summary = "Load a code file", description = """
            The raw file as the body (text/plain or application/octet-stream), in its published layout: the \
            ICD-10-CM order file (give fiscalYear, or effectiveFrom and effectiveThrough), the HCPCS Level II record \
            file (dated itself: no range), or a tab-separated code and description list for CPT (the clinic's own \
            licensed codes) and place of service (give effectiveFrom, optionally effectiveThrough). All or nothing: \
            a malformed line refuses the file (400, errors by line). The same file again answers the first load \
            (200, alreadyLoaded); a new one answers 201.""")
    @PostMapping(path = "/files/{kind}",
            consumes = {MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @RolesAllowed(Roles.ADMIN)
    ResponseEntity<FileLoad> load(@Parameter(example = "HCPCS_LEVEL_II") @PathVariable CodeFileKind kind,
            @Parameter(example = "2026") @RequestParam(required = false) String fiscalYear,
            @Parameter(example = "2026-01-01") @RequestParam(required = false) String effectiveFrom,
            @Parameter(example = "2026-12-31") @RequestParam(required = false) String effectiveThrough,
            @Parameter(example = "HCPC2026_JAN_ANWEB.txt") @RequestParam(required = false) String fileName,
            @RequestBody(required = false) byte[] content) {
        if (content == null || content.length == 0) {
            throw new CodeFileLoads.EmptyCodeFileException();
        }
        Fields fields = new Fields();
        EffectiveRange range = range(kind, fiscalYear, effectiveFrom, effectiveThrough, fields);
        fields.check("fileName", fileName == null || FILE_NAME.matcher(fileName).matches(),
                "must be 1 to 200 letters, digits, dots, dashes or underscores");
        fields.throwIfInvalid();
        Actor actor = CurrentActor.get();
        CodeSetStore.Stored stored;
        try {
            stored = loads.load(new CodeFileLoads.Upload(kind, actor.clinicId(),
                    fileName == null ? kind.name().toLowerCase(Locale.ROOT) + ".txt" : fileName, range, content,
                    actor.userId()));
        } catch (CodeFileRejectedException e) {
            throw refusal(e);
        }
        return ResponseEntity.status(stored.alreadyLoaded() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(new FileLoad(stored.alreadyLoaded(), stored.file()));
    }

    @Operation(summary = "List the loaded code files", description = "The shared CMS files and the clinic's own CPT"
            + " files, newest first.")
    @GetMapping("/files")
    @RolesAllowed({Roles.ADMIN, Roles.BILLER, Roles.MANAGER, Roles.AUDITOR})
    List<LoadedFile> files() {
        return store.files(CurrentActor.get().clinicId());
    }

    @Operation(summary = "Look a code up on a date of service", description = """
            Whether the code may be billed on the date (today when no date is given): VALID, NOT_VALID_ON_DATE, \
            NOT_BILLABLE (an ICD-10-CM header), UNKNOWN (not in the loaded files) or NOT_LOADED (no file of the \
            kind: only the format was checked), with its description and ranges. A code of the wrong format is a \
            400.""")
    @GetMapping("/{kind}/{code}")
    @RolesAllowed({Roles.PROVIDER, Roles.BILLER, Roles.MANAGER, Roles.AUDITOR, Roles.ADMIN, Roles.CLINIC_SYSTEM})
    CodeLookup lookup(@Parameter(example = "ICD_10_CM") @PathVariable CodeKind kind,
            @Parameter(schema = @Schema(type = "string", example = "E11.9")) @PathVariable String code,
            @Parameter(example = "2026-03-02") @RequestParam(required = false) String date) {
        Fields fields = new Fields();
        FormatCheck format = CodeFormats.check(kind, code);
        fields.check("code", format.isAccepted(), format.isAccepted() ? "" : format.problem());
        LocalDate day = date == null ? LocalDate.now(clock) : fields.value("date", () -> parse(date));
        fields.throwIfInvalid();
        CodeSets sets = codeSets.forClinic(CurrentActor.get().clinicId());
        Membership membership = sets.isValid(kind, format.normalised(), day);
        Optional<CodeEntry> entry = sets.get(kind).flatMap(set -> set.lookup(format.normalised()));
        return new CodeLookup(kind, format.normalised(), day, membership, membership.isAcceptable(),
                entry.map(CodeEntry::description).orElse(null), entry.map(CodeEntry::billable).orElse(null),
                entry.map(CodeEntry::ranges).orElse(List.of()));
    }

    /** A file with no codes: well formed, but loading it would make every code of its kind unknown. */
    @ExceptionHandler(CodeFileLoads.EmptyCodeFileException.class)
    ResponseEntity<ProblemDetail> empty(CodeFileLoads.EmptyCodeFileException e) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "empty-code-file", "Empty code file",
                e.getMessage());
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static EffectiveRange range(CodeFileKind kind, String fiscalYear, String from, String through,
            Fields fields) {
        if (!kind.rangeGivenAtLoad()) {
            fields.check("fiscalYear", fiscalYear == null, "the HCPCS Level II file carries its own dates");
            fields.check("effectiveFrom", from == null, "the HCPCS Level II file carries its own dates");
            fields.check("effectiveThrough", through == null, "the HCPCS Level II file carries its own dates");
            return null;
        }
        if (fiscalYear != null) {
            fields.check("fiscalYear", kind == CodeFileKind.ICD_10_CM, "only an ICD-10-CM file is loaded by fiscal"
                    + " year; give effectiveFrom");
            fields.check("effectiveFrom", from == null, "give either fiscalYear or effectiveFrom, not both");
            fields.check("effectiveThrough", through == null, "give either fiscalYear or effectiveThrough, not both");
            Integer year = fields.value("fiscalYear", () -> fiscalYear(fiscalYear));
            return fields.valid() ? EffectiveRange.icd10CmFiscalYear(year) : null;
        }
        if (from == null) {
            fields.check("effectiveFrom", false, kind == CodeFileKind.ICD_10_CM
                    ? "is required (or give fiscalYear)" : "is required");
            return null;
        }
        LocalDate start = fields.value("effectiveFrom", () -> parse(from));
        LocalDate end = through == null ? null : fields.value("effectiveThrough", () -> parse(through));
        if (start != null && end != null) {
            fields.check("effectiveThrough", !end.isBefore(start), "must not be before effectiveFrom");
        }
        return fields.valid() ? new EffectiveRange(start, end) : null;
    }

    private static int fiscalYear(String text) {
        try {
            int year = Integer.parseInt(text);
            if (year >= 2016 && year <= 2100) {
                return year;
            }
        } catch (NumberFormatException e) {
            // the rule below says what is accepted
        }
        throw new IllegalArgumentException("must be a fiscal year from 2016 (the first full ICD-10-CM year) to 2100");
    }

    private static LocalDate parse(String date) {
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be a date, YYYY-MM-DD");
        }
    }

    private static InvalidFieldsException refusal(CodeFileRejectedException e) {
        List<InvalidFieldsException.Problem> problems = new ArrayList<>();
        // The reasons name columns and rules, never a line's content.
        e.problems().stream().limit(PROBLEMS_LISTED).forEach(problem -> problems.add(
                new InvalidFieldsException.Problem("file", "line " + problem.lineNumber() + ": " + problem.reason())));
        if (e.problems().size() > PROBLEMS_LISTED) {
            problems.add(new InvalidFieldsException.Problem("file", "and " + (e.problems().size() - PROBLEMS_LISTED)
                    + " more malformed lines"));
        }
        return new InvalidFieldsException(problems);
    }

    /** A load's answer: the file as recorded, and whether the same file had been loaded before. */
    public record FileLoad(boolean alreadyLoaded, LoadedFile file) {
    }

    /** A code on a date: membership, whether it is acceptable, and what the loaded files say about it. */
    public record CodeLookup(CodeKind kind, @Schema(example = "E119") String code, LocalDate date,
            Membership membership, boolean acceptable, String description, Boolean billable,
            List<EffectiveRange> ranges) {
    }
}
