package io.claimline.billing.account.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimline.billing.account.api.AccountId;
import io.claimline.billing.account.api.AdjustmentPostedEvent;
import io.claimline.billing.account.api.AdjustmentReason;
import io.claimline.billing.account.api.ChargePostedEvent;
import io.claimline.billing.account.api.ChargeReversedEvent;
import io.claimline.billing.account.api.IssueRefundCommand;
import io.claimline.billing.account.api.LedgerLineState;
import io.claimline.billing.account.api.PatientAccountEvent;
import io.claimline.billing.account.api.PaymentMethod;
import io.claimline.billing.account.api.PaymentPostedEvent;
import io.claimline.billing.account.api.PostAdjustmentCommand;
import io.claimline.billing.account.api.PostEncounterChargesCommand;
import io.claimline.billing.account.api.PostPaymentCommand;
import io.claimline.billing.account.api.RefundIssuedEvent;
import io.claimline.billing.account.api.Responsibility;
import io.claimline.billing.account.api.ResponsibilityTransferredEvent;
import io.claimline.billing.account.api.ReverseEncounterChargesCommand;
import io.claimline.billing.account.api.TransferReason;
import io.claimline.billing.account.api.TransferResponsibilityCommand;
import io.claimline.platform.kernel.Money;
import io.claimline.platform.kernel.NotFoundException;
import io.claimline.platform.kernel.StateConflictException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * For any sequence of postings (the ones the rules refuse are left out), charges − payments − adjustments + refunds
 * (+ transfers in − transfers out) = balance to the cent: for the account, per responsibility and per service line;
 * and the ledger comes back from its JSON snapshot owing exactly the same.
 */
class LedgerPropertiesTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private static final AccountId ACCOUNT = new AccountId(UUID.fromString("4b6d8f0a-2c4e-4a6b-8d0f-1a3c5e7a9b1d"));
    private static final UUID PATIENT = UUID.fromString("5c1d7e3f-8a2b-4c9d-9e0f-1a2b3c4d5e6f");
    private static final List<Responsibility> WHO = List.of(Responsibility.PATIENT,
            Responsibility.payer(UUID.fromString("2a4c6e8f-0b1d-4f3a-9c5e-7b9d1f3a5c7e")),
            Responsibility.payer(UUID.fromString("7d3e9b2a-1c4f-4e8a-b6d5-9f0e1a2b3c4d")));
    private static final List<UUID> ENCOUNTERS = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
    private static final List<UUID> LINES = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
            UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

    /** One step: a kind, and numbers that pick its parties, lines and amount. */
    record Step(int kind, int a, int b, int line, BigDecimal amount) {
    }

    @Provide
    Arbitrary<Step> steps() {
        return Combinators.combine(Arbitraries.integers().between(0, 8), Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 5),
                Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("400.00")).ofScale(2))
                .as(Step::new);
    }

    @Property(tries = 300)
    void everyBalanceIsItsPostingsToTheCent(@ForAll @Size(max = 40) List<@net.jqwik.api.From("steps") Step> steps)
            throws Exception {
        AccountLedger ledger = new AccountLedger(ACCOUNT);
        Totals totals = new Totals();
        int sequence = 0;
        for (Step step : steps) {
            List<? extends PatientAccountEvent> events;
            try {
                events = decide(ledger, step, "s-" + sequence++);
            } catch (StateConflictException | NotFoundException refused) {
                continue;
            }
            for (PatientAccountEvent event : events) {
                ledger.on(event);
                totals.count(event);
            }
        }

        BigDecimal all = BigDecimal.ZERO;
        for (Responsibility who : WHO) {
            assertThat(ledger.balance(who).amount()).as(who.code()).isEqualByComparingTo(totals.balance(who));
            all = all.add(totals.balance(who));
        }
        assertThat(ledger.balance().amount()).isEqualByComparingTo(all);
        for (LedgerLineState line : ledger.lines()) {
            BigDecimal shares = line.due().stream().map(share -> share.amount().amount())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(line.charged().minus(line.insurancePaid()).minus(line.patientPaid()).minus(line.adjusted())
                    .plus(line.refunded()).amount()).isEqualByComparingTo(shares);
        }

        AccountLedger restored = snapshotRoundTrip(ledger);
        assertThat(restored.lines()).isEqualTo(ledger.lines());
        assertThat(restored.balance()).isEqualTo(ledger.balance());
        assertThat(restored.unapplied()).isEqualTo(ledger.unapplied());
    }

    private static List<? extends PatientAccountEvent> decide(AccountLedger ledger, Step step, String source) {
        Responsibility who = WHO.get(step.a());
        Money amount = new Money(step.amount(), Money.USD);
        UUID line = LINES.get(step.line());
        UUID encounter = ENCOUNTERS.get(step.line() / 2);
        return switch (step.kind()) {
            case 0, 1 -> ledger.charges(new PostEncounterChargesCommand(ACCOUNT, source, encounter, PATIENT, who,
                    List.of(new PostEncounterChargesCommand.ChargeLine(line, LocalDate.of(2026, 1, 1 + step.line()),
                            "99213", List.of(), amount)), step.b() == 0 ? Money.usd("20.00") : null),
                    UUID::randomUUID, NOW);
            case 2 -> ledger.reversals(new ReverseEncounterChargesCommand(ACCOUNT, source, encounter, "voided"),
                    UUID::randomUUID, NOW);
            case 3 -> List.of(ledger.payment(new PostPaymentCommand(ACCOUNT, source, who,
                    who.forPatient() ? PaymentMethod.CASH : PaymentMethod.EFT, "r", null, LocalDate.of(2026, 2, 1),
                    amount, null, who.forPatient() && step.b() == 0 ? null : line), UUID.randomUUID(), NOW));
            case 4, 5 -> List.of(ledger.adjustment(new PostAdjustmentCommand(ACCOUNT, source,
                    AdjustmentReason.values()[(step.b() * 3 + step.kind()) % AdjustmentReason.values().length],
                    who, amount, step.b() == 1 ? line : null, null, Set.of("manager")), UUID.randomUUID(), "m", NOW));
            case 6 -> List.of(ledger.refund(new IssueRefundCommand(ACCOUNT, source, who, PaymentMethod.CHECK, "r",
                    amount, "overpayment"), UUID.randomUUID(), "m", NOW));
            default -> List.of(ledger.transfer(new TransferResponsibilityCommand(ACCOUNT, source, line, who,
                    WHO.get(step.b()), amount, TransferReason.SECONDARY), UUID.randomUUID(), NOW));
        };
    }

    /** What each responsibility was charged, paid, adjusted, refunded and moved, from the events alone. */
    private static final class Totals {

        private final Map<String, BigDecimal> balance = new HashMap<>();

        void count(PatientAccountEvent event) {
            if (event instanceof ChargePostedEvent e) {
                add(e.responsibility(), e.amount().amount());
            } else if (event instanceof ChargeReversedEvent e) {
                add(e.responsibility(), e.amount().amount().negate());
            } else if (event instanceof PaymentPostedEvent e) {
                add(e.paidBy(), e.amount().amount().negate());
            } else if (event instanceof AdjustmentPostedEvent e) {
                add(e.responsibility(), e.amount().amount().negate());
            } else if (event instanceof RefundIssuedEvent e) {
                add(e.to(), e.amount().amount());
            } else if (event instanceof ResponsibilityTransferredEvent e) {
                add(e.from(), e.amount().amount().negate());
                add(e.to(), e.amount().amount());
            }
        }

        private void add(Responsibility who, BigDecimal amount) {
            balance.merge(who.code(), amount, BigDecimal::add);
        }

        BigDecimal balance(Responsibility who) {
            return balance.getOrDefault(who.code(), BigDecimal.ZERO);
        }
    }

    private static AccountLedger snapshotRoundTrip(AccountLedger ledger) {
        JacksonSerializer serializer = JacksonSerializer.builder()
                .objectMapper(new ObjectMapper().findAndRegisterModules()).build();
        SerializedObject<byte[]> json = serializer.serialize(ledger, byte[].class);
        return serializer.deserialize(json);
    }

}
