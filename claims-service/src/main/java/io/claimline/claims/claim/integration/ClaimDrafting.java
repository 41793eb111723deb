package io.claimline.claims.claim.integration;

import io.claimline.claims.claim.api.ClaimContent;
import io.claimline.claims.claim.api.DraftClaimCommand;
import io.claimline.claims.claim.api.RedraftClaimCommand;
import io.claimline.claims.claim.api.WithdrawClaimCommand;
import io.claimline.claims.encounter.query.BillableEncounter;
import io.claimline.claims.encounter.query.BillableEncounterStatus;
import io.claimline.claims.encounter.query.BillableEncounters;
import io.claimline.claims.payer.query.PayerCopies;
import io.claimline.contracts.IntegrationEvent;
import io.claimline.platform.command.Commands;
import io.claimline.platform.copies.PayerCopy;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Drafts, redrafts and withdraws claims as billing confirms, amends and voids encounters. It runs inside the inbox
 * transaction of the encounter event, after the billable encounter was written: the claim's events, its
 * encounter-to-claim row and the de-duplication row commit together, so a redelivered event drafts nothing twice.
 * A self-pay encounter has no claim. This issue bills the primary payer the encounter names; secondary claims come
 * from the primary's remittance.
 */
@Component
@EnableConfigurationProperties(ClaimSettings.class)
public class ClaimDrafting {

    static final String SERVICE = "claims-service";

    private final BillableEncounters encounters;
    private final PayerCopies payers;
    private final Commands commands;
    private final JdbcTemplate jdbc;
    private final ClaimSettings settings;
    private final Clock clock;
    private final MeterRegistry meters;

    ClaimDrafting(BillableEncounters encounters, PayerCopies payers, Commands commands, JdbcTemplate jdbc,
            ClaimSettings settings, Clock clock, MeterRegistry meters) {
        this.encounters = encounters;
        this.payers = payers;
        this.commands = commands;
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
        this.meters = meters;
        List.of("drafted", "redrafted", "withdrawn", "self_pay", "filed_already")
                .forEach(outcome -> meters.counter("claimline.claims.drafting", "outcome", outcome));
    }

    /** The claim id of an encounter's (primary) claim: derived, so every path names the same claim. */
    public static String claimIdOf(String encounterId) {
        return UUID.nameUUIDFromBytes(("primary-claim:" + encounterId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** A confirmed or amended encounter: draft its claim, or let the unfiled claim follow the new revision. */
    public void encounterChanged(IntegrationEvent event, String encounterId, String why) {
        BillableEncounter encounter = encounters.find(UUID.fromString(encounterId), event.clinicId()).orElseThrow();
        if (encounter.status() == BillableEncounterStatus.VOIDED) {
            return;
        }
        Optional<String> claimId = claimOf(encounterId);
        if (encounter.selfPay()) {
            if (claimId.isPresent()) {
                withdraw(event, claimId.get(), "the encounter is self-pay now");
            } else {
                count("self_pay");
            }
            return;
        }
        ClaimContent content = content(encounter);
        if (claimId.isEmpty()) {
            draft(event, encounter, content);
        } else {
            boolean followed = commands.sendForIntegrationEvent(new RedraftClaimCommand(claimId.get(), content, why),
                    event, SERVICE);
            count(followed ? "redrafted" : "filed_already");
        }
    }

    /** A voided encounter: its claim, if never filed, is withdrawn. */
    public void encounterVoided(IntegrationEvent event, String encounterId) {
        claimOf(encounterId).ifPresent(claimId -> withdraw(event, claimId, "encounter voided"));
    }

    private void draft(IntegrationEvent event, BillableEncounter encounter, ClaimContent content) {
        String claimId = claimIdOf(encounter.encounterId());
        long number = jdbc.queryForObject("SELECT nextval('claim_number_seq')", Long.class);
        String patientControlNumber = String.format("CL%010d", number);
        jdbc.update("""
                INSERT INTO claim_of_encounter (encounter_id, clinic_id, claim_id, patient_control_number, patient_id)
                VALUES (?::uuid, ?, ?::uuid, ?, ?::uuid)""", encounter.encounterId(), event.clinicId(), claimId,
                patientControlNumber, content.patientId());
        LocalDate deadline = timelyFilingDeadline(event.clinicId(), content).orElse(null);
        Instant warningAt = deadline == null ? null
                : deadline.minusDays(settings.timelyFilingWarningDays()).atStartOfDay(clock.getZone()).toInstant();
        commands.sendForIntegrationEvent(new DraftClaimCommand(claimId, patientControlNumber, content, deadline,
                warningAt), event, SERVICE);
        count("drafted");
    }

    private void withdraw(IntegrationEvent event, String claimId, String reason) {
        boolean withdrawn = commands.sendForIntegrationEvent(new WithdrawClaimCommand(claimId, reason), event,
                SERVICE);
        count(withdrawn ? "withdrawn" : "filed_already");
    }

    /** The payer's limit for a first claim, counted from the first date of service (0 days: unknown, no clock). */
    private Optional<LocalDate> timelyFilingDeadline(String clinicId, ClaimContent content) {
        int days = payers.find(clinicId, UUID.fromString(content.payerId())).map(PayerCopy::initialClaimDays)
                .orElse(0);
        LocalDate first = content.lines().stream().map(ClaimContent.Line::serviceDate)
                .filter(java.util.Objects::nonNull).min(Comparator.naturalOrder()).orElse(content.serviceFrom());
        return days <= 0 || first == null ? Optional.empty() : Optional.of(first.plusDays(days));
    }

    private Optional<String> claimOf(String encounterId) {
        return jdbc.query("SELECT claim_id FROM claim_of_encounter WHERE encounter_id = ?::uuid",
                (rs, n) -> rs.getString(1), encounterId).stream().findFirst();
    }

    static ClaimContent content(BillableEncounter encounter) {
        BillableEncounter.RenderingProvider rendering = encounter.renderingProvider();
        BillableEncounter.BillingProvider billing = encounter.billingProvider();
        return new ClaimContent(encounter.encounterId(), encounter.revision(), encounter.currentPatientId(),
                encounter.coverageId(), encounter.payerId(), encounter.serviceFrom(), encounter.serviceTo(),
                encounter.placeOfService(),
                new ClaimContent.BillingProvider(billing.npi(), billing.taxId(), billing.legalName(),
                        billing.taxonomy()),
                rendering == null ? null : new ClaimContent.RenderingProvider(rendering.npi(),
                        rendering.givenName(), rendering.familyName(), rendering.taxonomy()),
                encounter.diagnoses(),
                encounter.lines().stream().map(line -> new ClaimContent.Line(line.lineId(), line.lineNumber(),
                        line.serviceDate(), line.procedureCode(), line.modifiers(), line.units(),
                        line.diagnosisPointers(), line.charge(), line.note())).toList(),
                encounter.totalCharge());
    }

    private void count(String outcome) {
        meters.counter("claimline.claims.drafting", "outcome", outcome).increment();
    }
}
