package io.claimline.billing.statement;

import io.claimline.billing.account.api.AccountId;
import io.claimline.billing.account.api.IssueStatementCommand;
import io.claimline.billing.account.query.PatientAccountProjection;
import io.claimline.billing.account.query.PatientAccountSummary;
import io.claimline.platform.command.Commands;
import io.claimline.platform.command.IdempotentRequests;
import io.claimline.platform.documents.EncryptedDocuments;
import io.claimline.platform.kernel.NotFoundException;
import io.claimline.platform.security.CurrentActor;
import io.claimline.platform.security.Roles;
import io.claimline.platform.web.ReadYourWrites;
import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Statements: issued on the cycle or on a biller's request, listed per account, downloaded as PDF or JSON (opened
 * from the encrypted store; the document exists a moment after the statement is issued: until then 404 with
 * {@code documentReady} false in the history).
 */
@RestController
@Tag(name = "Statements", description = "Patient statements per guarantor account: history, PDF and JSON")
class StatementController {

    private final Commands commands;
    private final IdempotentRequests idempotent;
    private final PatientAccountProjection accounts;
    private final StatementHistory history;
    private final EncryptedDocuments documents;
    private final StatementCycle cycle;
    private final StatementSettings settings;
    private final ReadYourWrites readYourWrites;
    private final Clock clock;
    private final MeterRegistry meters;

    StatementController(Commands commands, IdempotentRequests idempotent, PatientAccountProjection accounts,
            StatementHistory history, EncryptedDocuments documents, StatementCycle cycle, StatementSettings settings,
            ReadYourWrites readYourWrites, Clock clock, MeterRegistry meters) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.accounts = accounts;
        this.history = history;
        this.documents = documents;
        this.cycle = cycle;
        this.settings = settings;
        this.readYourWrites = readYourWrites;
        this.clock = clock;
        this.meters = meters;
    }

    record StatementWrite(String accountId, String statementId, long version) {
    }

    @Operation(summary = "Issue a statement now",
            description = "Off the cycle, for an account whose patient owes something (409 otherwise), never within "
                    + "the minimum interval of the last one (409).")
    @RolesAllowed({Roles.BILLER, Roles.MANAGER})
    @PostMapping(path = "/api/billing/accounts/{accountId}/statements", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StatementWrite> issue(@PathVariable UUID accountId,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        AccountId live = live(accountId);
        var outcome = idempotent.execute(idempotencyKey, "statement-issue:" + live, "", StatementWrite.class, () -> {
            UUID statementId = UUID.randomUUID();
            LocalDate today = LocalDate.now(clock);
            long version = commands.<Long>sendForCurrentRequest(new IssueStatementCommand(live, statementId, today,
                    today.plus(settings.dueIn()), settings.minimumInterval(), true));
            return new StatementWrite(live.toString(), statementId.toString(), version);
        });
        StatementWrite written = outcome.result();
        readYourWrites.await(written.accountId(), written.version(), () -> accounts.shows(live, written.version()));
        if (!outcome.replayed()) {
            meters.counter("claimline.billing.statements.issued", "by", "request").increment();
        }
        return ResponseEntity.status(outcome.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .header("Idempotency-Replayed", String.valueOf(outcome.replayed())).body(written);
    }

    @Operation(summary = "Statement history", description = "Every statement of the account, oldest first.")
    @RolesAllowed({Roles.FRONT_DESK, Roles.BILLER, Roles.COLLECTIONS, Roles.MANAGER, Roles.AUDITOR,
            Roles.CLINIC_SYSTEM})
    @GetMapping(path = "/api/billing/accounts/{accountId}/statements", produces = MediaType.APPLICATION_JSON_VALUE)
    List<StatementHistory.Statement> list(@PathVariable UUID accountId) {
        return history.ofAccount(live(accountId).value(), CurrentActor.get().clinicId());
    }

    @Operation(summary = "Download a statement as PDF", description = "As printed and delivered.")
    @RolesAllowed({Roles.FRONT_DESK, Roles.BILLER, Roles.COLLECTIONS, Roles.MANAGER, Roles.AUDITOR})
    @GetMapping(path = "/api/billing/accounts/{accountId}/statements/{statementId}/pdf",
            produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable UUID accountId, @PathVariable UUID statementId) {
        byte[] pdf = document(accountId, statementId, true);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"statement-"
                        + statementId + ".pdf\"")
                .body(pdf);
    }

    @Operation(summary = "Download a statement as JSON",
            description = "The machine-readable statement: the same lines, totals, guarantor and clinic as the PDF.")
    @RolesAllowed({Roles.BILLER, Roles.COLLECTIONS, Roles.MANAGER, Roles.AUDITOR, Roles.CLINIC_SYSTEM})
    @GetMapping(path = "/api/billing/accounts/{accountId}/statements/{statementId}/json",
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> json(@PathVariable UUID accountId, @PathVariable UUID statementId) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).cacheControl(CacheControl.noStore())
                .body(document(accountId, statementId, false));
    }

    record CycleRun(int issued) {
    }

    @Operation(summary = "Run the statement cycle now",
            description = "For the caller's clinic: what the scheduled run does (accounts with a patient balance whose "
                    + "last statement is a cycle old or that never had one).")
    @RolesAllowed({Roles.BILLER, Roles.MANAGER})
    @PostMapping(path = "/api/billing/statements/cycle-runs", produces = MediaType.APPLICATION_JSON_VALUE)
    CycleRun runCycle() {
        return new CycleRun(cycle.run(CurrentActor.get().clinicId()));
    }

    private byte[] document(UUID accountId, UUID statementId, boolean pdf) {
        String clinic = CurrentActor.get().clinicId();
        AccountId live = live(accountId);
        history.find(live.value(), statementId, clinic).orElseThrow(() -> new NotFoundException("statementId",
                "statement"));
        StatementHistory.Documents stored = history.documents(statementId, clinic)
                .orElseThrow(() -> new NotFoundException("statementId", "statement document (not rendered yet)"));
        return documents.read(clinic, pdf ? stored.pdfSha256() : stored.jsonSha256())
                .orElseThrow(() -> new NotFoundException("statementId", "statement document"));
    }

    private AccountId live(UUID accountId) {
        PatientAccountSummary account = accounts.find(new AccountId(accountId), CurrentActor.get().clinicId())
                .orElseThrow(() -> new NotFoundException("accountId", "account"));
        return new AccountId(UUID.fromString(account.accountId()));
    }
}
