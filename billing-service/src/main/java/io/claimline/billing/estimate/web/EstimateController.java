package io.claimline.billing.estimate.web;

import io.claimline.billing.estimate.api.BillComparison;
import io.claimline.billing.estimate.api.CompareWithBillCommand;
import io.claimline.billing.estimate.api.GoodFaithEstimateContent;
import io.claimline.billing.estimate.api.GoodFaithEstimateId;
import io.claimline.billing.estimate.api.IssueGoodFaithEstimateCommand;
import io.claimline.billing.estimate.query.FlaggedEstimate;
import io.claimline.billing.estimate.query.GoodFaithEstimateProjection;
import io.claimline.billing.estimate.query.GoodFaithEstimateView;
import io.claimline.billing.estimate.query.PatientSeals;
import io.claimline.platform.command.Commands;
import io.claimline.platform.command.IdempotentRequests;
import io.claimline.platform.kernel.NotFoundException;
import io.claimline.platform.kernel.StateConflictException;
import io.claimline.platform.phi.PersonalDataErasedException;
import io.claimline.platform.phi.PhiVault;
import io.claimline.platform.phi.PurposeOfUse;
import io.claimline.platform.security.Actor;
import io.claimline.platform.security.CurrentActor;
import io.claimline.platform.security.Roles;
import io.claimline.platform.web.ReadYourWrites;
import io.claimline.web.Problems;
import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Patient-responsibility estimates (insured; computed, not kept) and good-faith estimates (uninsured or self-pay;
 * issued, kept, printed, compared with the final bill). The good-faith estimate's JSON names the patient by id;
 * its PDF prints their name and date of birth, opened through the PHI vault at download time and never kept.
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Estimates", description = "Patient-responsibility and good-faith (No Surprises Act) estimates")
class EstimateController {

    static final String ISSUED_METRIC = "claimline.billing.estimates.issued";
    static final String FLAGGED_METRIC = "claimline.billing.estimates.bills.flagged";
    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final MediaType PDF = MediaType.APPLICATION_PDF;

    private final EstimatePlanner planner;
    private final Commands commands;
    private final IdempotentRequests idempotent;
    private final GoodFaithEstimateProjection estimates;
    private final PatientSeals patients;
    private final PhiVault vault;
    private final ReadYourWrites readYourWrites;
    private final MeterRegistry meters;
    private final Clock clock;

    EstimateController(EstimatePlanner planner, Commands commands, IdempotentRequests idempotent,
            GoodFaithEstimateProjection estimates, PatientSeals patients, PhiVault vault,
            ReadYourWrites readYourWrites, MeterRegistry meters, Clock clock) {
        this.planner = planner;
        this.commands = commands;
        this.idempotent = idempotent;
        this.estimates = estimates;
        this.patients = patients;
        this.vault = vault;
        this.readYourWrites = readYourWrites;
        this.meters = meters;
        this.clock = clock;
        // Registered at zero so a dashboard sees the series before the first estimate.
        meters.counter(ISSUED_METRIC, "kind", "responsibility");
        meters.counter(ISSUED_METRIC, "kind", "good_faith");
        meters.counter(FLAGGED_METRIC);
    }

    @Operation(summary = "Estimate what an insured patient and their insurance will pay",
            description = "Per line and in total: the charge (the chargemaster's price × units unless given), the "
                    + "allowed amount (the payer contract's, else the charge), then the patient's share: the visit's "
                    + "copay first (once per visit), the remaining deductible, coinsurance on the rest (rounded "
                    + "half-up to the cent per line), capped by the out-of-pocket remaining. insurance + patient = "
                    + "allowed exactly. Unknown benefits are listed in assumptions. Not stored. 404 for an unknown "
                    + "patient or coverage; 409 when the coverage is not in force on the date of service.")
    @PostMapping(path = "/api/billing/estimates/responsibility", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed({Roles.BILLER, Roles.FRONT_DESK, Roles.MANAGER, Roles.CLINIC_SYSTEM})
    ResponsibilityEstimate responsibility(@RequestBody ResponsibilityEstimateRequest request) {
        var parsed = request.parse();
        ResponsibilityEstimate estimate = planner.responsibility(CurrentActor.get().clinicId(), parsed);
        meters.counter(ISSUED_METRIC, "kind", "responsibility").increment();
        return estimate;
    }

    @Operation(summary = "Issue a good-faith estimate to an uninsured or self-pay patient",
            description = "45 CFR 149.610: the itemised services with codes, quantities and expected charges (the "
                    + "chargemaster's price × units unless given), diagnosis codes if given, each provider's name, "
                    + "NPI and TIN, the location, the scheduled date. Kept for comparison with the final bill. A "
                    + "patient with coverage in force on the scheduled date must say selfPay (409 otherwise). 404 "
                    + "for an unknown patient. Takes an Idempotency-Key; answers once the estimate can be read.")
    @PostMapping(path = "/api/billing/good-faith-estimates", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed({Roles.BILLER, Roles.FRONT_DESK, Roles.MANAGER, Roles.CLINIC_SYSTEM})
    ResponseEntity<GoodFaithEstimateWrite> issue(@RequestBody GoodFaithEstimateRequest request,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        var parsed = request.parse(LocalDate.now(clock));
        String clinicId = CurrentActor.get().clinicId();
        var outcome = idempotent.execute(idempotencyKey, "good-faith-estimate-issue", request,
                GoodFaithEstimateWrite.class, () -> {
                    GoodFaithEstimateContent content = planner.goodFaith(clinicId, parsed);
                    GoodFaithEstimateId id = new GoodFaithEstimateId(UUID.randomUUID());
                    long version = commands.<Long>sendForCurrentRequest(
                            new IssueGoodFaithEstimateCommand(id, content));
                    meters.counter(ISSUED_METRIC, "kind", "good_faith").increment();
                    return new GoodFaithEstimateWrite(id.toString(), version);
                });
        GoodFaithEstimateWrite written = outcome.result();
        readYourWrites.await(written.id(), written.version(), () -> estimates.shows(written.id(), written.version()));
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/billing/good-faith-estimates/" + written.id()))
                .header("Idempotency-Replayed", String.valueOf(outcome.replayed()))
                .body(written);
    }

    @Operation(summary = "Read a good-faith estimate",
            description = "What it states (the patient by id only) and, once the final bill was compared, the "
                    + "comparison. Another clinic's estimate answers 404.")
    @GetMapping("/api/billing/good-faith-estimates/{estimateId}")
    @RolesAllowed({Roles.BILLER, Roles.FRONT_DESK, Roles.MANAGER, Roles.AUDITOR, Roles.CLINIC_SYSTEM})
    GoodFaithEstimateView get(
            @Parameter(example = "5b1f0c7e-3a2d-4e9f-8c1b-7d6e5f4a3b2c") @PathVariable UUID estimateId) {
        return estimates.find(estimateId, CurrentActor.get().clinicId())
                .orElseThrow(() -> new NotFoundException("good-faith estimate"));
    }

    @Operation(summary = "Download a good-faith estimate as PDF",
            description = "Printed at download time: the patient's name and date of birth are opened through "
                    + "patient-service's PHI vault (purpose good_faith_estimate, on behalf of the caller, recorded "
                    + "there) and exist only in the answer, never stored. 409 when the patient's data was erased.")
    @GetMapping(path = "/api/billing/good-faith-estimates/{estimateId}/pdf",
            produces = {MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @RolesAllowed({Roles.BILLER, Roles.FRONT_DESK, Roles.MANAGER, Roles.CLINIC_SYSTEM})
    ResponseEntity<byte[]> pdf(
            @Parameter(example = "5b1f0c7e-3a2d-4e9f-8c1b-7d6e5f4a3b2c") @PathVariable UUID estimateId) {
        Actor actor = CurrentActor.get();
        GoodFaithEstimateView estimate = estimates.find(estimateId, actor.clinicId())
                .orElseThrow(() -> new NotFoundException("good-faith estimate"));
        List<PhiVault.SealedField> sealed = patients.sealed(UUID.fromString(estimate.content().patientId()),
                actor.clinicId()).orElseThrow(() -> new StateConflictException(
                        "billing holds no sealed name and date of birth for the estimate's patient"));
        Map<String, PhiVault.OpenedField> opened = vault.open(
                        new PhiVault.PhiAccess(actor.clinicId(), actor.userId(), PurposeOfUse.GOOD_FAITH_ESTIMATE),
                        sealed)
                .stream().collect(Collectors.toMap(PhiVault.OpenedField::field, Function.identity()));
        if (opened.values().stream().anyMatch(field -> field.outcome() == PhiVault.Outcome.ERASED)) {
            throw new PersonalDataErasedException();
        }
        if (opened.size() != sealed.size()
                || opened.values().stream().anyMatch(field -> field.outcome() != PhiVault.Outcome.OPENED)) {
            throw new StateConflictException("the vault could not open the patient's name and date of birth");
        }
        var patient = new GoodFaithEstimatePdf.Patient(
                opened.get(PatientSeals.GIVEN_NAME).value() + " " + opened.get(PatientSeals.FAMILY_NAME).value(),
                opened.get(PatientSeals.DATE_OF_BIRTH).value());
        byte[] document = GoodFaithEstimatePdf.render(estimate, patient);
        return ResponseEntity.ok()
                .contentType(PDF)
                // PHI inside: no shared or browser cache keeps it; the file name is the estimate id only.
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("good-faith-estimate-" + estimateId + ".pdf").build().toString())
                .body(document);
    }

    @Operation(summary = "Compare the final bill with a good-faith estimate",
            description = "Records the encounter's billed total and flags the estimate when the bill is at least "
                    + "$400 over it (the patient may dispute it). Comparing again for the same encounter (an "
                    + "amended bill) replaces the comparison; another encounter answers 409. Takes an "
                    + "Idempotency-Key. The encounter work sends the same command when a self-pay encounter is "
                    + "confirmed.")
    @PostMapping(path = "/api/billing/good-faith-estimates/{estimateId}/bill-comparisons",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed({Roles.BILLER, Roles.MANAGER})
    ResponseEntity<BillComparison> compare(
            @Parameter(example = "5b1f0c7e-3a2d-4e9f-8c1b-7d6e5f4a3b2c") @PathVariable UUID estimateId,
            @RequestBody BillComparisonRequest request,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        var parsed = request.parse();
        var outcome = idempotent.execute(idempotencyKey, "good-faith-estimate-compare:" + estimateId, request,
                BillComparison.class, () -> commands.<BillComparison>sendForCurrentRequest(new CompareWithBillCommand(
                        new GoodFaithEstimateId(estimateId), parsed.encounterId(), parsed.billedTotal())));
        BillComparison comparison = outcome.result();
        readYourWrites.await(comparison.estimateId(), comparison.version(),
                () -> estimates.shows(comparison.estimateId(), comparison.version()));
        return ResponseEntity.ok().header("Idempotency-Replayed", String.valueOf(outcome.replayed()))
                .body(comparison);
    }

    @Operation(summary = "Good-faith estimates whose final bill was flagged",
            description = "Bills at least $400 over their estimate, the latest comparison first: the patient may "
                    + "dispute them within 120 days of the bill, and collection should wait while they do.")
    @GetMapping("/api/billing/good-faith-estimates/flagged")
    @RolesAllowed({Roles.MANAGER, Roles.AUDITOR})
    List<FlaggedEstimate> flagged(@Parameter(example = "100") @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 500) {
            throw io.claimline.platform.kernel.InvalidFieldsException.of("limit", "must be from 1 to 500");
        }
        return estimates.flagged(CurrentActor.get().clinicId(), limit);
    }

    /** What billing knows forbids the request (not the request alone): 409 naming the field. */
    @ExceptionHandler(EstimateConflictException.class)
    ResponseEntity<ProblemDetail> conflict(EstimateConflictException e) {
        ProblemDetail problem = Problems.withErrors(Problems.of(HttpStatus.CONFLICT, "conflict",
                "Conflicts with what billing knows", e.getMessage()),
                List.of(new Problems.FieldProblem(e.field(), e.getMessage())));
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
