package io.claimline.billing.pricing.web;

import io.claimline.billing.pricing.api.ChargemasterId;
import io.claimline.billing.pricing.api.EndPricesCommand;
import io.claimline.billing.pricing.api.PricingConflictException;
import io.claimline.billing.pricing.api.SetPricesCommand;
import io.claimline.billing.pricing.query.PricingProjection;
import io.claimline.platform.command.Commands;
import io.claimline.platform.command.IdempotentRequests;
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
import java.util.function.Supplier;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's clinic's chargemaster: unit prices per procedure code, effective-dated. Writes are managers' and
 * admins'; every write takes an Idempotency-Key and answers once the read model shows it, with the chargemaster's
 * version as ETag (send it as If-Match: optional, a stale one answers 409).
 */
@RestController
@RequestMapping(path = "/api/billing/chargemaster", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Chargemaster", description = "The clinic's price per procedure code, effective-dated")
class ChargemasterController {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final Commands commands;
    private final IdempotentRequests idempotent;
    private final PricingProjection pricing;
    private final ReadYourWrites readYourWrites;
    private final Clock clock;

    ChargemasterController(Commands commands, IdempotentRequests idempotent, PricingProjection pricing,
            ReadYourWrites readYourWrites, Clock clock) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.pricing = pricing;
        this.readYourWrites = readYourWrites;
        this.clock = clock;
    }

    @Operation(summary = "Read the chargemaster, current or as of a date",
            description = "Without asOf, as in effect today (UTC); with asOf (YYYY-MM-DD), the codes priced that day,"
                    + " each with the first day of its price version. 404 when the clinic has no chargemaster. The "
                    + "ETag is the chargemaster's version.")
    @GetMapping
    @RolesAllowed({Roles.ADMIN, Roles.BILLER, Roles.MANAGER, Roles.AUDITOR, Roles.CLINIC_SYSTEM})
    ResponseEntity<ChargemasterView> get(@Parameter(example = "2026-03-15") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        String clinicId = CurrentActor.get().clinicId();
        LocalDate date = asOf != null ? asOf : LocalDate.now(clock);
        long version = pricing.chargemasterVersion(clinicId).orElseThrow(() -> new NotFoundException("chargemaster"));
        return ResponseEntity.ok().eTag(String.valueOf(version))
                .body(new ChargemasterView(clinicId, date, pricing.pricesAsOf(clinicId, date), version));
    }

    @Operation(summary = "Price many codes from a date",
            description = "Each code's unit price from effectiveFrom on: a new version of its price, the earlier "
                    + "ones kept for earlier dates. The first write sets the chargemaster up. A date not after a "
                    + "code's latest version (or before the day after its end) answers 409 naming effectiveFrom and "
                    + "the code; nothing is stored then. If-Match is optional.")
    @PutMapping(path = "/prices", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    ResponseEntity<PricingWrite> setPrices(@RequestBody ChargemasterPricesRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        var entries = request.toEntries();
        Long expected = IfMatch.optionalVersion(ifMatch);
        return write(idempotencyKey, "chargemaster-set-prices", request,
                () -> new SetPricesCommand(chargemaster(), expected, request.effectiveFrom(), entries));
    }

    @Operation(summary = "End codes' prices after a date",
            description = "The codes are priced up to effectiveTo (inclusive) and not after it, until a later "
                    + "version prices them again. A code without a price in force, or an effectiveTo before its "
                    + "latest version's first day, answers 409. If-Match is optional.")
    @PostMapping(path = "/price-ends", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    ResponseEntity<PricingWrite> endPrices(@RequestBody PriceEndRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        var codes = request.toCodes();
        Long expected = IfMatch.optionalVersion(ifMatch);
        return write(idempotencyKey, "chargemaster-end-prices", request,
                () -> new EndPricesCommand(chargemaster(), expected, request.effectiveTo(), codes));
    }

    @ExceptionHandler(PricingConflictException.class)
    ResponseEntity<ProblemDetail> conflict(PricingConflictException e) {
        return PricingConflicts.answer(e, "Conflicts with the chargemaster");
    }

    private ResponseEntity<PricingWrite> write(String idempotencyKey, String operation, Object request,
            Supplier<Object> command) {
        String clinicId = CurrentActor.get().clinicId();
        var outcome = idempotent.execute(idempotencyKey, operation, request, PricingWrite.class,
                () -> new PricingWrite(clinicId, commands.<Long>sendForCurrentRequest(command.get())));
        long version = outcome.result().version();
        readYourWrites.await(chargemaster().toString(), version,
                () -> pricing.showsChargemaster(clinicId, version));
        return ResponseEntity.status(HttpStatus.OK).eTag(String.valueOf(version))
                .header("Idempotency-Replayed", String.valueOf(outcome.replayed()))
                .body(outcome.result());
    }

    private static ChargemasterId chargemaster() {
        return new ChargemasterId(CurrentActor.get().clinicId());
    }
}
