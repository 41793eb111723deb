package io.claimline.patient.eligibility;

import io.claimline.patient.eligibility.clearinghouse.Clearinghouse;
import io.claimline.patient.eligibility.clearinghouse.ClearinghouseReply;
import io.claimline.patient.eligibility.clearinghouse.ClearinghouseRequest;
import io.claimline.patient.payer.query.PayerDirectory;
import io.claimline.patient.payer.query.PayerView;
import io.claimline.patient.practice.query.PracticeCopy;
import io.claimline.patient.registry.api.Benefits;
import io.claimline.patient.registry.api.EligibilityOutcome;
import io.claimline.patient.registry.api.PatientId;
import io.claimline.patient.registry.api.RecordEligibilityCommand;
import io.claimline.patient.registry.query.CoverageSummary;
import io.claimline.patient.registry.query.PatientRecords;
import io.claimline.patient.vault.VaultKeeper;
import io.claimline.platform.command.Commands;
import io.claimline.platform.copies.ClinicProfile;
import io.claimline.platform.kernel.NotFoundException;
import io.claimline.platform.kernel.StateConflictException;
import io.claimline.platform.phi.PhiVault;
import io.claimline.platform.phi.PurposeOfUse;
import io.claimline.platform.security.Actor;
import io.claimline.x12.X12Error;
import io.claimline.x12.X12RejectedException;
import io.claimline.x12.eligibility.Eligibility270Writer;
import io.claimline.x12.eligibility.Eligibility271Reader;
import io.claimline.x12.eligibility.EligibilityResponse;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Checks a coverage's eligibility for a date of service: opens what the 270 needs through the vault (purpose
 * "eligibility", recorded), writes a 270 validated against the guide, exchanges it with the clearinghouse in real
 * time, reads the 271 validated against the guide, and records the outcome on the patient (which updates the
 * coverage's benefits). A refused or non-conforming answer records nothing and says why.
 */
@Component
public class EligibilityChecks {

    private final PatientRecords records;
    private final PayerDirectory payers;
    private final PracticeCopy practice;
    private final VaultKeeper vault;
    private final Clearinghouse clearinghouse;
    private final Commands commands;
    private final JdbcTemplate jdbc;
    private final EligibilitySettings settings;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Eligibility270Writer writer = new Eligibility270Writer();
    private final Eligibility271Reader reader = new Eligibility271Reader();

    EligibilityChecks(PatientRecords records, PayerDirectory payers, PracticeCopy practice, VaultKeeper vault,
            Clearinghouse clearinghouse, Commands commands, JdbcTemplate jdbc, EligibilitySettings settings,
            Clock clock, MeterRegistry meters) {
        this.records = records;
        this.payers = payers;
        this.practice = practice;
        this.vault = vault;
        this.clearinghouse = clearinghouse;
        this.commands = commands;
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
        this.meters = meters;
    }

    /** What a check found, as recorded on the coverage. */
    public record Result(String checkId, String coverageId, LocalDate dateOfService, String status,
            LocalDate planBegin, LocalDate planEnd, Benefits benefits, List<String> reasons) {
    }

    public Result check(Actor actor, UUID patientId, UUID coverageId, LocalDate dateOfService) {
        Timer.Sample timing = Timer.start(meters);
        String outcome = "error";
        try {
            Result result = exchange(actor, patientId, coverageId, dateOfService);
            outcome = result.status().toLowerCase(java.util.Locale.ROOT);
            return result;
        } catch (EligibilityCheckFailedException e) {
            outcome = "invalid_response";
            throw e;
        } finally {
            timing.stop(meters.timer("claimline.eligibility.checks", "outcome", outcome));
        }
    }

    private Result exchange(Actor actor, UUID patientId, UUID coverageId, LocalDate dateOfService) {
        String clinicId = actor.clinicId();
        PatientId patient = new PatientId(patientId);
        records.state(patient, clinicId).orElseThrow(() -> new NotFoundException("patient"));
        CoverageSummary coverage = records.coverage(patient, coverageId.toString(), clinicId)
                .orElseThrow(() -> new NotFoundException("coverage"));
        PayerView payer = payers.find(clinicId, UUID.fromString(coverage.payerId()))
                .orElseThrow(() -> new StateConflictException("the coverage's payer is not in the registry"));
        ClinicProfile clinic = practice.clinicAsOf(clinicId, dateOfService).orElseThrow(
                () -> new StateConflictException("the clinic's practice setup has no profile for the date of service"));
        Map<String, String> opened = openForEligibility(actor, patient, coverageId);
        boolean self = "SELF".equals(coverage.relationship());
        InquiryBuilder.Named patientNamed = named(opened, "patient.");
        InquiryBuilder.Named subscriber = self ? patientNamed : named(opened, "subscriber.");
        String checkId = UUID.randomUUID().toString();
        String trace = checkId.replace("-", "").substring(0, 30).toUpperCase(java.util.Locale.ROOT);
        var inquiry = InquiryBuilder.build(new InquiryBuilder.Routing(settings, nextControlNumber(), trace,
                        LocalDateTime.now(clock)), payer.name(), payer.ediPayerId(), clinic.legalName(),
                clinic.billingNpi(), opened.get("memberId"), subscriber,
                self ? Optional.empty() : Optional.of(patientNamed), coverage.relationship(), dateOfService);
        ClearinghouseReply reply = clearinghouse.exchange(new ClearinghouseRequest(checkId, settings.senderId(),
                settings.receiverId(), writer.write(inquiry)));
        EligibilityResponse response = read(reply);
        EligibilityOutcome outcome = outcome(response);
        commands.sendForCurrentRequest(new RecordEligibilityCommand(patient, null, coverageId.toString(), checkId,
                dateOfService, outcome));
        return new Result(checkId, coverageId.toString(), dateOfService, outcome.status(), outcome.planBegin(),
                outcome.planEnd(), outcome.benefits(), outcome.reasons());
    }

    private EligibilityResponse read(ClearinghouseReply reply) {
        if (!reply.successful()) {
            throw new EligibilityCheckFailedException("the clearinghouse refused the inquiry",
                    List.of(reply.errorCode() + (reply.errorMessage() == null ? "" : ": " + reply.errorMessage())));
        }
        if (!ClearinghouseReply.ELIGIBILITY_RESPONSE.equals(reply.payloadType())) {
            throw new EligibilityCheckFailedException("the clearinghouse answered " + reply.payloadType()
                    + " instead of a 271 (the inquiry was rejected)", List.of());
        }
        try {
            return reader.read(reply.x12Payload());
        } catch (X12RejectedException e) {
            throw new EligibilityCheckFailedException("the 271 does not conform to 005010X279A1; nothing was applied",
                    e.errors().stream().map(X12Error::describe).toList());
        }
    }

    private static EligibilityOutcome outcome(EligibilityResponse response) {
        var b = response.benefits();
        return new EligibilityOutcome(response.status().name(), response.planBegin(), response.planEnd(),
                new Benefits(b.copay(), b.coinsurance(), b.deductible(), b.deductibleRemaining(), b.outOfPocket(),
                        b.outOfPocketRemaining()),
                response.rejections().stream().map(r -> r.reasonCode() + " " + r.description()).toList());
    }

    /** Opens the 270's values through the vault with purpose "eligibility": the open is on the access record. */
    private Map<String, String> openForEligibility(Actor actor, PatientId patient, UUID coverageId) {
        List<PhiVault.SealedField> sealed = records.sealedForEligibility(patient, coverageId.toString(),
                actor.clinicId());
        return vault.open("patient-service", new PhiVault.PhiAccess(actor.clinicId(), actor.userId(),
                        PurposeOfUse.ELIGIBILITY), sealed).stream()
                .filter(field -> field.outcome() == PhiVault.Outcome.OPENED)
                .collect(Collectors.toMap(PhiVault.OpenedField::field, PhiVault.OpenedField::value, (a, b) -> a));
    }

    private static InquiryBuilder.Named named(Map<String, String> opened, String prefix) {
        String born = opened.get(prefix + "dateOfBirth");
        if (opened.get(prefix + "givenName") == null || born == null) {
            throw new StateConflictException("the " + prefix.replace(".", "") + "'s demographics are not available");
        }
        return new InquiryBuilder.Named(opened.get(prefix + "givenName"), opened.get(prefix + "familyName"),
                LocalDate.parse(born), opened.get(prefix + "sex"));
    }

    private int nextControlNumber() {
        // ISA13 must not repeat for years: a database sequence, cycling within 1..999999999.
        return jdbc.queryForObject("SELECT nextval('eligibility_control_number')", Integer.class);
    }
}
