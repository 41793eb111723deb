package io.claimline.billing.practice.web;

import io.claimline.billing.practice.api.AddLocationCommand;
import io.claimline.billing.practice.api.AddProviderCommand;
import io.claimline.billing.practice.api.ChangeLocationCommand;
import io.claimline.billing.practice.api.ChangeProviderCommand;
import io.claimline.billing.practice.api.DeactivateProviderCommand;
import io.claimline.billing.practice.api.LocationId;
import io.claimline.billing.practice.api.PracticeConflictException;
import io.claimline.billing.practice.api.PracticeId;
import io.claimline.billing.practice.api.ProviderId;
import io.claimline.billing.practice.api.SetClinicProfileCommand;
import io.claimline.billing.practice.query.PracticeProjection;
import io.claimline.billing.practice.query.PracticeSetup;
import io.claimline.platform.command.Commands;
import io.claimline.platform.command.IdempotentRequests;
import io.claimline.platform.kernel.NotFoundException;
import io.claimline.platform.security.CurrentActor;
import io.claimline.platform.security.Roles;
import io.claimline.platform.web.IfMatch;
import io.claimline.platform.web.ReadYourWrites;
import io.claimline.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
 * The caller's clinic's practice setup. The practice is the caller's clinic's own (its id is the clinic id), so
 * another clinic's providers and locations answer 404. Writes are admins'; every write takes an Idempotency-Key
 * and answers once the read model shows it, with the practice's version as ETag (send it as If-Match).
 */
@RestController
@RequestMapping(path = "/api/billing/practice", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Practice setup", description = "The clinic, its providers and service locations, effective-dated")
class PracticeController {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final Commands commands;
    private final IdempotentRequests idempotent;
    private final PracticeProjection practices;
    private final ReadYourWrites readYourWrites;
    private final Clock clock;

    PracticeController(Commands commands, IdempotentRequests idempotent, PracticeProjection practices,
            ReadYourWrites readYourWrites, Clock clock) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.practices = practices;
        this.readYourWrites = readYourWrites;
        this.clock = clock;
    }

    @Operation(summary = "Read the practice setup, current or as of a date",
            description = "Without asOf, as in effect today (UTC); with asOf (YYYY-MM-DD), as in effect that day: "
                    + "the profile version, and the providers and locations in effect, each in its version of that "
                    + "day. 404 when the clinic had no profile in effect that day. The ETag is the practice's version.")
    @GetMapping
    @RolesAllowed({Roles.ADMIN, Roles.BILLER, Roles.MANAGER, Roles.AUDITOR, Roles.FRONT_DESK, Roles.CLINIC_SYSTEM})
    ResponseEntity<PracticeSetup> get(@Parameter(example = "2026-03-15") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        LocalDate date = asOf != null ? asOf : LocalDate.now(clock);
        PracticeSetup setup = practices.asOf(CurrentActor.get().clinicId(), date)
                .orElseThrow(() -> new NotFoundException("practice setup"));
        return ResponseEntity.ok().eTag(String.valueOf(setup.version())).body(setup);
    }

    @Operation(summary = "Record the clinic profile from a date",
            description = "A new version from effectiveFrom on; the first one sets the practice up (no If-Match). "
                    + "Once the practice exists If-Match is required (428 without; 409 when stale). A second "
                    + "version for the same effectiveFrom answers 409.")
    @PutMapping(path = "/clinic-profile", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed(Roles.ADMIN)
    ResponseEntity<PracticeWrite> setClinicProfile(@RequestBody ClinicProfileRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        var profile = request.toProfile();
        Long expected = IfMatch.optionalVersion(ifMatch);
        PracticeId practice = practice();
        return write(idempotencyKey, "practice-clinic-profile", request, practice.clinicId(), HttpStatus.OK,
                () -> new SetClinicProfileCommand(practice, expected, request.effectiveFrom(), profile));
    }

    @Operation(summary = "Add a rendering provider",
            description = "Their NPI must not be another provider's of the clinic (409). If-Match is optional.")
    @PostMapping(path = "/providers", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed(Roles.ADMIN)
    ResponseEntity<PracticeWrite> addProvider(@RequestBody ProviderRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        var details = request.toDetails();
        Long expected = IfMatch.optionalVersion(ifMatch);
        return writeNew(idempotencyKey, "practice-add-provider", request, id -> new AddProviderCommand(practice(),
                expected, new ProviderId(id), request.effectiveFrom(), request.effectiveTo(), details));
    }

    @Operation(summary = "Record a provider's details from a date",
            description = "A new version from effectiveFrom on; effectiveTo replaces the provider's last day. "
                    + "If-Match is required.")
    @PutMapping(path = "/providers/{providerId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed(Roles.ADMIN)
    ResponseEntity<PracticeWrite> changeProvider(@PathVariable UUID providerId, @RequestBody ProviderRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        var details = request.toDetails();
        long expected = IfMatch.requiredVersion(ifMatch);
        return write(idempotencyKey, "practice-change-provider:" + providerId, request, providerId.toString(),
                HttpStatus.OK, () -> new ChangeProviderCommand(practice(), expected, new ProviderId(providerId),
                        request.effectiveFrom(), request.effectiveTo(), details));
    }

    @Operation(summary = "Deactivate a provider after a date",
            description = "They stay readable for dates up to effectiveTo. If-Match is optional.")
    @PostMapping(path = "/providers/{providerId}/deactivation", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed(Roles.ADMIN)
    ResponseEntity<PracticeWrite> deactivateProvider(@PathVariable UUID providerId,
            @RequestBody DeactivationRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        String reason = request.checkedReason();
        Long expected = IfMatch.optionalVersion(ifMatch);
        return write(idempotencyKey, "practice-deactivate-provider:" + providerId, request, providerId.toString(),
                HttpStatus.OK, () -> new DeactivateProviderCommand(practice(), expected, new ProviderId(providerId),
                        request.effectiveTo(), reason));
    }

    @Operation(summary = "Add a service location", description = "If-Match is optional.")
    @PostMapping(path = "/locations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed(Roles.ADMIN)
    ResponseEntity<PracticeWrite> addLocation(@RequestBody LocationRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        var details = request.toDetails();
        Long expected = IfMatch.optionalVersion(ifMatch);
        return writeNew(idempotencyKey, "practice-add-location", request, id -> new AddLocationCommand(practice(),
                expected, new LocationId(id), request.effectiveFrom(), request.effectiveTo(), details));
    }

    @Operation(summary = "Record a service location's details from a date",
            description = "A new version from effectiveFrom on; effectiveTo replaces the location's last day. "
                    + "If-Match is required.")
    @PutMapping(path = "/locations/{locationId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed(Roles.ADMIN)
    ResponseEntity<PracticeWrite> changeLocation(@PathVariable UUID locationId, @RequestBody LocationRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        var details = request.toDetails();
        long expected = IfMatch.requiredVersion(ifMatch);
        return write(idempotencyKey, "practice-change-location:" + locationId, request, locationId.toString(),
                HttpStatus.OK, () -> new ChangeLocationCommand(practice(), expected, new LocationId(locationId),
                        request.effectiveFrom(), request.effectiveTo(), details));
    }

    /** A rule of the practice as it stands (not of the request alone): 409 naming the field. */
    @ExceptionHandler(PracticeConflictException.class)
    ResponseEntity<ProblemDetail> conflict(PracticeConflictException e) {
        ProblemDetail problem = Problems.withErrors(Problems.of(HttpStatus.CONFLICT, "conflict",
                "Conflicts with the practice setup", e.getMessage()),
                List.of(new Problems.FieldProblem(e.field(), e.getMessage())));
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** A write that creates a provider or location: its id is drawn once, and a retry answers the same one. */
    private ResponseEntity<PracticeWrite> writeNew(String idempotencyKey, String operation, Object request,
            java.util.function.Function<UUID, Object> command) {
        var outcome = idempotent.execute(idempotencyKey, operation, request, PracticeWrite.class, () -> {
            UUID id = UUID.randomUUID();
            long version = commands.<Long>sendForCurrentRequest(command.apply(id));
            return new PracticeWrite(id.toString(), version);
        });
        return answer(outcome, HttpStatus.CREATED);
    }

    private ResponseEntity<PracticeWrite> write(String idempotencyKey, String operation, Object request, String id,
            HttpStatus status, Supplier<Object> command) {
        var outcome = idempotent.execute(idempotencyKey, operation, request, PracticeWrite.class,
                () -> new PracticeWrite(id, commands.<Long>sendForCurrentRequest(command.get())));
        return answer(outcome, status);
    }

    private ResponseEntity<PracticeWrite> answer(IdempotentRequests.Outcome<PracticeWrite> outcome, HttpStatus status) {
        String clinicId = CurrentActor.get().clinicId();
        long version = outcome.result().version();
        readYourWrites.await(clinicId, version, () -> practices.shows(clinicId, version));
        return ResponseEntity.status(status).eTag(String.valueOf(version))
                .header("Idempotency-Replayed", String.valueOf(outcome.replayed()))
                .body(outcome.result());
    }

    private static PracticeId practice() {
        return new PracticeId(CurrentActor.get().clinicId());
    }
}
