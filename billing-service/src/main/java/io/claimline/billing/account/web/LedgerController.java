package io.claimline.billing.account.web;

import static io.claimline.billing.account.web.PostingRequests.amount;
import static io.claimline.billing.account.web.PostingRequests.date;
import static io.claimline.billing.account.web.PostingRequests.method;
import static io.claimline.billing.account.web.PostingRequests.reference;
import static io.claimline.billing.account.web.PostingRequests.responsibility;
import static io.claimline.billing.account.web.PostingRequests.text;
import static io.claimline.billing.account.web.PostingRequests.uuid;

import io.claimline.billing.account.api.AccountId;
import io.claimline.billing.account.api.IssueRefundCommand;
import io.claimline.billing.account.api.PaymentMethod;
import io.claimline.billing.account.api.PostAdjustmentCommand;
import io.claimline.billing.account.api.PostPaymentCommand;
import io.claimline.billing.account.api.PostingResult;
import io.claimline.billing.account.api.Responsibility;
import io.claimline.billing.account.api.TransferResponsibilityCommand;
import io.claimline.billing.account.query.LedgerQueries;
import io.claimline.billing.account.query.PatientAccountProjection;
import io.claimline.billing.account.query.PatientAccountSummary;
import io.claimline.platform.command.Commands;
import io.claimline.platform.command.IdempotentRequests;
import io.claimline.platform.kernel.Fields;
import io.claimline.platform.kernel.Money;
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
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Postings to a guarantor account and reads of its ledger. Every posting is idempotent on its reference (its
 * source): the same payment sent twice posts once and the second answer says {@code repeated}; an Idempotency-Key
 * is honoured besides. Writes answer once the ledger read model shows them. A merged account's id posts to the
 * account it was merged into.
 */
@RestController
@RequestMapping(path = "/api/billing/accounts/{accountId}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Ledger", description = "Payments, adjustments, refunds and transfers of a guarantor account; balances")
class LedgerController {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final Commands commands;
    private final IdempotentRequests idempotent;
    private final PatientAccountProjection accounts;
    private final LedgerQueries ledger;
    private final ReadYourWrites readYourWrites;
    private final Clock clock;
    private final MeterRegistry meters;

    LedgerController(Commands commands, IdempotentRequests idempotent, PatientAccountProjection accounts,
            LedgerQueries ledger, ReadYourWrites readYourWrites, Clock clock, MeterRegistry meters) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.accounts = accounts;
        this.ledger = ledger;
        this.readYourWrites = readYourWrites;
        this.clock = clock;
        this.meters = meters;
    }

    record PostingWrite(String accountId, String postingId, long version, boolean repeated) {
    }

    @Operation(summary = "Post a patient payment",
            description = "Cash, card or check, from the guarantor. Applied to what the patient owes, oldest date of "
                    + "service first (a named encounter's or line's first); the rest is kept as credit. A card is "
                    + "known by the processor's reference and its last four digits: a card number is refused.")
    @RolesAllowed({Roles.FRONT_DESK, Roles.BILLER, Roles.COLLECTIONS, Roles.MANAGER, Roles.CLINIC_SYSTEM})
    @PostMapping(path = "/payments", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PostingWrite> patientPayment(@PathVariable UUID accountId,
            @RequestBody PostingRequests.PatientPayment request,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        Fields fields = new Fields();
        PaymentMethod method = method(fields, request.method(), PaymentMethod.CASH, PaymentMethod.CARD,
                PaymentMethod.CHECK);
        String reference = reference(fields, request.reference());
        String lastFour = PostingRequests.cardLastFour(fields, method, request.cardLastFour());
        LocalDate receivedOn = date(fields, "receivedOn", request.receivedOn(), LocalDate.now(clock));
        Money amount = amount(fields, request.amount());
        UUID encounterId = uuid(fields, "encounterId", request.encounterId(), false);
        UUID lineId = uuid(fields, "lineId", request.lineId(), false);
        fields.throwIfInvalid();
        return post(accountId, "patient-payment", idempotencyKey, request, account -> new PostPaymentCommand(account,
                "patient-payment:" + method + ":" + reference, Responsibility.PATIENT, method, reference, lastFour,
                receivedOn, amount, encounterId, lineId));
    }

    @Operation(summary = "Post an insurance payment",
            description = "A payer's payment of one service line, idempotent on the remittance line id (reference). "
                    + "More than the payer's share leaves the payer a credit, listed for refund review.")
    @RolesAllowed({Roles.BILLER, Roles.MANAGER})
    @PostMapping(path = "/insurance-payments", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PostingWrite> insurancePayment(@PathVariable UUID accountId,
            @RequestBody PostingRequests.InsurancePayment request,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        Fields fields = new Fields();
        UUID payerId = uuid(fields, "payerId", request.payerId(), true);
        UUID lineId = uuid(fields, "lineId", request.lineId(), true);
        PaymentMethod method = method(fields, request.method(), PaymentMethod.EFT, PaymentMethod.CHECK);
        String reference = reference(fields, request.reference());
        LocalDate receivedOn = date(fields, "receivedOn", request.receivedOn(), LocalDate.now(clock));
        Money amount = amount(fields, request.amount());
        fields.throwIfInvalid();
        return post(accountId, "insurance-payment", idempotencyKey, request, account -> new PostPaymentCommand(
                account, "remittance-line:" + reference, Responsibility.payer(payerId), method, reference, null,
                receivedOn, amount, null, lineId));
    }

    @Operation(summary = "Post an adjustment",
            description = "With a reason code: CONTRACTUAL, COURTESY, FINANCIAL_ASSISTANCE, SMALL_BALANCE (billers), "
                    + "SETTLEMENT_DISCOUNT, BAD_DEBT_RECOVERY (collections), BAD_DEBT (a manager). At most what the "
                    + "responsibility owes (409 otherwise); a recovery at most what was written off.")
    @RolesAllowed({Roles.BILLER, Roles.COLLECTIONS, Roles.MANAGER})
    @PostMapping(path = "/adjustments", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PostingWrite> adjustment(@PathVariable UUID accountId,
            @RequestBody PostingRequests.Adjustment request,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        Fields fields = new Fields();
        var reason = PostingRequests.reason(fields, request.reason());
        Responsibility who = responsibility(fields, "responsibility", request.responsibility(), true);
        Money amount = amount(fields, request.amount());
        UUID lineId = uuid(fields, "lineId", request.lineId(), false);
        String reference = reference(fields, request.reference());
        String note = text(fields, "note", request.note(), 500);
        fields.throwIfInvalid();
        var roles = CurrentActor.get().roles();
        return post(accountId, "adjustment", idempotencyKey, request, account -> new PostAdjustmentCommand(account,
                "adjustment:" + reference, reason, who, amount, lineId, note, roles));
    }

    @Operation(summary = "Issue a refund",
            description = "Pays back a credit balance (a manager's approval): at most the credit of the patient's side "
                    + "or of the payer named (409 otherwise).")
    @RolesAllowed({Roles.MANAGER})
    @PostMapping(path = "/refunds", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PostingWrite> refund(@PathVariable UUID accountId, @RequestBody PostingRequests.Refund request,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        Fields fields = new Fields();
        Responsibility to = responsibility(fields, "to", request.to(), true);
        PaymentMethod method = method(fields, request.method(), PaymentMethod.values());
        String reference = reference(fields, request.reference());
        Money amount = amount(fields, request.amount());
        String reason = text(fields, "reason", request.reason(), 200);
        fields.check("reason", reason != null && !reason.isBlank(), "is required");
        fields.throwIfInvalid();
        return post(accountId, "refund", idempotencyKey, request, account -> new IssueRefundCommand(account,
                "refund:" + reference, to, method, reference, amount, reason));
    }

    @Operation(summary = "Transfer responsibility",
            description = "Moves part of a line's balance from one responsibility to another (insurance to patient, "
                    + "primary to secondary); at most what the first holds.")
    @RolesAllowed({Roles.BILLER, Roles.MANAGER})
    @PostMapping(path = "/transfers", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PostingWrite> transfer(@PathVariable UUID accountId, @RequestBody PostingRequests.Transfer request,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        Fields fields = new Fields();
        UUID lineId = uuid(fields, "lineId", request.lineId(), true);
        Responsibility from = responsibility(fields, "from", request.from(), false);
        Responsibility to = responsibility(fields, "to", request.to(), false);
        Money amount = amount(fields, request.amount());
        var reason = PostingRequests.transferReason(fields, request.reason());
        String reference = reference(fields, request.reference());
        fields.throwIfInvalid();
        return post(accountId, "transfer", idempotencyKey, request, account -> new TransferResponsibilityCommand(
                account, "transfer:" + reference, lineId, from, to, amount, reason));
    }

    record Balances(String accountId, Money balance, Money unappliedCredit,
            List<LedgerQueries.ResponsibilityBalance> byResponsibility, List<LedgerQueries.Line> lines) {
    }

    @Operation(summary = "Read balances",
            description = "The account's balance by responsibility (each payer, the patient) with its totals, and by "
                    + "service line with who owes what on each.")
    @RolesAllowed({Roles.FRONT_DESK, Roles.BILLER, Roles.COLLECTIONS, Roles.MANAGER, Roles.AUDITOR,
            Roles.CLINIC_SYSTEM})
    @GetMapping("/balances")
    Balances balances(@PathVariable UUID accountId) {
        PatientAccountSummary account = find(accountId);
        AccountId id = new AccountId(UUID.fromString(account.accountId()));
        String clinic = CurrentActor.get().clinicId();
        return new Balances(account.accountId(), account.balance(), account.unappliedCredit(),
                ledger.balances(id, clinic), ledger.lines(id, clinic));
    }

    record Ledger(String accountId, long total, List<LedgerQueries.Posting> postings) {
    }

    @Operation(summary = "Read the ledger", description = "Every posting in order, paged (page from 0, size ≤ 500).")
    @RolesAllowed({Roles.BILLER, Roles.COLLECTIONS, Roles.MANAGER, Roles.AUDITOR})
    @GetMapping("/ledger")
    Ledger postings(@PathVariable UUID accountId, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        Fields fields = new Fields();
        fields.check("page", page >= 0, "must not be negative");
        fields.check("size", size >= 1 && size <= 500, "must be 1 to 500");
        fields.throwIfInvalid();
        PatientAccountSummary account = find(accountId);
        AccountId id = new AccountId(UUID.fromString(account.accountId()));
        String clinic = CurrentActor.get().clinicId();
        return new Ledger(account.accountId(), ledger.postingCount(id, clinic),
                ledger.postings(id, clinic, page * size, size));
    }

    private PatientAccountSummary find(UUID accountId) {
        return accounts.find(new AccountId(accountId), CurrentActor.get().clinicId())
                .orElseThrow(() -> new NotFoundException("accountId", "account"));
    }

    private ResponseEntity<PostingWrite> post(UUID accountId, String kind, String idempotencyKey, Object request,
            Function<AccountId, Object> command) {
        AccountId live = new AccountId(UUID.fromString(find(accountId).accountId()));
        var outcome = idempotent.execute(idempotencyKey, "ledger-" + kind + ":" + live, request, PostingWrite.class,
                () -> {
                    PostingResult result = commands.sendForCurrentRequest(command.apply(live));
                    return new PostingWrite(live.toString(), result.postingId().toString(), result.version(),
                            result.repeated());
                });
        PostingWrite written = outcome.result();
        readYourWrites.await(written.accountId(), written.version(), () -> accounts.shows(live, written.version()));
        meters.counter("claimline.billing.ledger.postings", "kind", kind, "outcome",
                written.repeated() || outcome.replayed() ? "repeated" : "posted").increment();
        return ResponseEntity.status(written.repeated() || outcome.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .header("Idempotency-Replayed", String.valueOf(outcome.replayed()))
                .body(written);
    }
}
