package io.claimline.billing.pricing.web;

import io.claimline.billing.payer.query.PayerCopies;
import io.claimline.billing.pricing.api.ContractId;
import io.claimline.billing.pricing.api.EndContractCommand;
import io.claimline.billing.pricing.api.PricingConflictException;
import io.claimline.billing.pricing.api.SetContractTermsCommand;
import io.claimline.billing.pricing.query.ContractPricing;
import io.claimline.billing.pricing.query.LineToPrice;
import io.claimline.billing.pricing.query.PricingProjection;
import io.claimline.billing.pricing.query.ReadModelPrices;
import io.claimline.billing.pricing.query.Reimbursement;
import io.claimline.platform.command.Commands;
import io.claimline.platform.command.IdempotentRequests;
import io.claimline.platform.kernel.InvalidFieldsException;
import io.claimline.platform.kernel.Money;
import io.claimline.platform.kernel.NotFoundException;
import io.claimline.platform.security.CurrentActor;
import io.claimline.platform.security.Roles;
import io.claimline.platform.web.IfMatch;
import io.claimline.platform.web.ReadYourWrites;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's clinic's contract with one of its payers (a payer of billing's payer copy; another's answers 404),
 * effective-dated, and what the payer is expected to pay for service lines under it. Writes are managers' and
 * admins'; each takes an Idempotency-Key and answers once the read model shows it, the contract's version as ETag.
 */
@RestController
@RequestMapping(path = "/api/billing/payers/{payerId}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Payer contracts", description = "Allowed amounts per payer: fee schedule or percentage of a base, "
        + "carve-outs; expected reimbursement")
class PayerContractController {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final Commands commands;
    private final IdempotentRequests idempotent;
    private final PricingProjection pricing;
    private final ReadModelPrices prices;
    private final PayerCopies payers;
    private final ReadYourWrites readYourWrites;
    private final Clock clock;

    PayerContractController(Commands commands, IdempotentRequests idempotent, PricingProjection pricing,
            ReadModelPrices prices, PayerCopies payers, ReadYourWrites readYourWrites, Clock clock) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.pricing = pricing;
        this.prices = prices;
        this.payers = payers;
        this.readYourWrites = readYourWrites;
        this.clock = clock;
    }

    @Operation(summary = "Read the payer's contract, current or as of a date",
            description = "The terms in force on asOf (default today, UTC), with the first day of their version. "
                    + "404 when the payer is unknown or no contract is in force that day. The ETag is the "
                    + "contract's version.")
    @GetMapping("/contract")
    @RolesAllowed({Roles.ADMIN, Roles.BILLER, Roles.MANAGER, Roles.AUDITOR, Roles.CLINIC_SYSTEM})
    ResponseEntity<ContractView> get(@PathVariable UUID payerId,
            @Parameter(example = "2026-03-15") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        String clinicId = knownPayer(payerId);
        LocalDate date = asOf != null ? asOf : LocalDate.now(clock);
        long version = pricing.contractVersion(clinicId, payerId)
                .orElseThrow(() -> new NotFoundException("contract"));
        var terms = pricing.contractAsOf(clinicId, payerId, date)
                .orElseThrow(() -> new NotFoundException("contract in force"));
        return ResponseEntity.ok().eTag(String.valueOf(version))
                .body(new ContractView(payerId.toString(), date, terms.effectiveFrom(), terms.terms(), version));
    }

    @Operation(summary = "Record the contract's terms from a date",
            description = "A new version from effectiveFrom on, replacing the terms in force from that day; the "
                    + "first one sets the contract up. FEE_SCHEDULE: allowed amount per unit from the schedule. "
                    + "PERCENT_OF_BASE: percent of the base per unit (the clinic's chargemaster, or the FEE_SCHEDULE "
                    + "sent, e.g. Medicare PFS 2026). Carve-outs replace the method for their codes. Per unit "
                    + "amounts round half-up to the cent, then times the units. A date not after the latest "
                    + "version answers 409. If-Match is optional.")
    @PutMapping(path = "/contract", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    ResponseEntity<PricingWrite> setTerms(@PathVariable UUID payerId, @RequestBody ContractRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        // The payer (the path's resource) first: an unknown one is 404 whatever the body holds.
        ContractId contract = new ContractId(knownPayer(payerId), payerId);
        var terms = request.toTerms();
        Long expected = IfMatch.optionalVersion(ifMatch);
        return write(idempotencyKey, "contract-set-terms:" + payerId, request, contract,
                () -> new SetContractTermsCommand(contract, expected, request.effectiveFrom(), terms));
    }

    @Operation(summary = "End the contract after a date",
            description = "The contract is in force up to effectiveTo (inclusive). No contract in force, or an "
                    + "effectiveTo before the latest version's first day, answers 409. If-Match is optional.")
    @PostMapping(path = "/contract/end", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    ResponseEntity<PricingWrite> end(@PathVariable UUID payerId, @RequestBody ContractEndRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        ContractId contract = new ContractId(knownPayer(payerId), payerId);
        if (request.effectiveTo() == null) {
            throw InvalidFieldsException.of("effectiveTo", "is required");
        }
        Long expected = IfMatch.optionalVersion(ifMatch);
        if (pricing.contractVersion(contract.clinicId(), payerId).isEmpty()) {
            throw new NotFoundException("contract");
        }
        return write(idempotencyKey, "contract-end:" + payerId, request, contract,
                () -> new EndContractCommand(contract, expected, request.effectiveTo()));
    }

    @Operation(summary = "Price service lines for the payer on a date of service",
            description = "Per line: its charge (the one sent, or the chargemaster's unit price on the date times "
                    + "the units), the contract's allowed amount, and the expected reimbursement: the lesser of "
                    + "the two. A line without one says why (NO_CONTRACT, NOT_PRICED, NOT_COVERED, NO_CHARGE). The "
                    + "totals are the sums over the lines. Reads only; 404 for an unknown payer.")
    @PostMapping(path = "/expected-reimbursement", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed({Roles.ADMIN, Roles.BILLER, Roles.MANAGER, Roles.AUDITOR, Roles.CLINIC_SYSTEM})
    PricedLines price(@PathVariable UUID payerId, @RequestBody PriceLinesRequest request) {
        String clinicId = knownPayer(payerId);
        var lines = request.toLines();
        LocalDate date = request.dateOfService();
        List<PricedLines.Line> priced = new ArrayList<>();
        Money totalCharge = Money.zero(Money.USD);
        Money totalExpected = Money.zero(Money.USD);
        for (var line : lines) {
            Optional<Money> charge = Optional.ofNullable(line.charge());
            String source = "REQUEST";
            if (charge.isEmpty()) {
                source = "CHARGEMASTER";
                charge = prices.unitPrice(clinicId, line.code(), date)
                        .map(unit -> ContractPricing.times(unit, line.units()));
            }
            if (charge.isEmpty()) {
                priced.add(new PricedLines.Line(line.code().value(), line.modifiers(), line.units(), null, null,
                        PricedLines.NO_CHARGE, null, null));
                continue;
            }
            Reimbursement reimbursement = prices.reimbursement(clinicId, payerId,
                    new LineToPrice(line.code(), line.modifiers(), line.units(), charge.get()), date);
            totalCharge = totalCharge.plus(charge.get());
            if (reimbursement.expected() != null) {
                totalExpected = totalExpected.plus(reimbursement.expected());
            }
            priced.add(new PricedLines.Line(line.code().value(), line.modifiers(), line.units(), charge.get(),
                    source, PricedLines.status(reimbursement), reimbursement.allowed(), reimbursement.expected()));
        }
        return new PricedLines(payerId.toString(), date, priced, totalCharge, totalExpected);
    }

    @ExceptionHandler(PricingConflictException.class)
    ResponseEntity<ProblemDetail> conflict(PricingConflictException e) {
        return PricingConflicts.answer(e, "Conflicts with the payer contract");
    }

    /** The caller's clinic, once the payer is known to billing in it (404 otherwise: also another clinic's). */
    private String knownPayer(UUID payerId) {
        String clinicId = CurrentActor.get().clinicId();
        payers.find(clinicId, payerId).orElseThrow(() -> new NotFoundException("payer"));
        return clinicId;
    }

    private ResponseEntity<PricingWrite> write(String idempotencyKey, String operation, Object request,
            ContractId contract, Supplier<Object> command) {
        var outcome = idempotent.execute(idempotencyKey, operation, request, PricingWrite.class,
                () -> new PricingWrite(contract.payerId().toString(),
                        commands.<Long>sendForCurrentRequest(command.get())));
        long version = outcome.result().version();
        readYourWrites.await(contract.toString(), version,
                () -> pricing.showsContract(contract.clinicId(), contract.payerId(), version));
        return ResponseEntity.status(HttpStatus.OK).eTag(String.valueOf(version))
                .header("Idempotency-Replayed", String.valueOf(outcome.replayed()))
                .body(outcome.result());
    }
}
