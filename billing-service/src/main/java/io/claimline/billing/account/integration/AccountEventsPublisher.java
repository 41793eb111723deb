package io.claimline.billing.account.integration;

import io.claimline.billing.account.api.AccountId;
import io.claimline.billing.account.api.AdjustmentPostedEvent;
import io.claimline.billing.account.api.BalanceTransferredInEvent;
import io.claimline.billing.account.api.BalanceTransferredOutEvent;
import io.claimline.billing.account.api.ChargePostedEvent;
import io.claimline.billing.account.api.ChargeReversedEvent;
import io.claimline.billing.account.api.LedgerLineState;
import io.claimline.billing.account.api.LineAmount;
import io.claimline.billing.account.api.PatientAccountEvent;
import io.claimline.billing.account.api.PaymentPostedEvent;
import io.claimline.billing.account.api.RefundIssuedEvent;
import io.claimline.billing.account.api.Responsibility;
import io.claimline.billing.account.api.ResponsibilityTransferredEvent;
import io.claimline.billing.account.api.StatementIssuedEvent;
import io.claimline.contracts.Topics;
import io.claimline.contracts.accounts.v1.AdjustmentPosted;
import io.claimline.contracts.accounts.v1.AppliedAmount;
import io.claimline.contracts.accounts.v1.BalanceChanged;
import io.claimline.contracts.accounts.v1.ChargePosted;
import io.claimline.contracts.accounts.v1.ChargeReversed;
import io.claimline.contracts.accounts.v1.PaymentPosted;
import io.claimline.contracts.accounts.v1.RefundIssued;
import io.claimline.contracts.accounts.v1.ResponsibilityTransferred;
import io.claimline.contracts.accounts.v1.StatementIssued;
import io.claimline.platform.axon.MetaDataKeys;
import io.claimline.platform.integration.IntegrationEventPublisher;
import io.claimline.platform.kernel.Money;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;

/**
 * Publishes the guarantor ledger on {@code billing.account-events.v1} (key = account id, so per account in order):
 * each posting as it happened (charges and their reversals, payments, adjustments, refunds, responsibility transfers),
 * statements issued, and after every posting and every half of a merge's balance transfer a {@code BalanceChanged}
 * with the account's balance by responsibility. Membership, the guarantor on file and merges themselves stay inside
 * billing. A side effect, so never replayed.
 *
 * <p>PHI: none in the clear. Ids, codes, dates of service and amounts, as the encounter events already carry; the
 * sealed guarantor of a statement and the free text of notes and refund reasons are not published.
 *
 * <p>The balances are not read from the ledger's read model: it is another processing group and may stand before or
 * after this event. They are summed from the account's own event stream up to this event ({@link RunningBalances}),
 * so they are exactly those after this posting whatever the lag of anything else, and a republication after a crash
 * computes the same numbers. The sum carries on from the account's previous event when it was the last one summed
 * (kept for recently published accounts, and checked by sequence), so a long-lived account is not re-read per event.
 */
@Component
@ProcessingGroup(AccountEventsPublisher.PROCESSING_GROUP)
@DisallowReplay
class AccountEventsPublisher {

    static final String PROCESSING_GROUP = "account-events-publisher";

    /** How many accounts' running sums are kept between events (least recently published go first). */
    private static final int RECENT_ACCOUNTS = 10_000;

    private final IntegrationEventPublisher publisher;
    private final EventStore eventStore;
    /**
     * The running sum of accounts published lately, each at the sequence it has summed to. Used only for the very
     * next event of its account; anything else (a restart, a rolled-back batch that left it ahead, an evicted
     * account) sums again from the stored events. So an account with 10,000 postings is not re-read per event.
     */
    private final Map<String, RunningBalances> recent = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, RunningBalances> eldest) {
                    return size() > RECENT_ACCOUNTS;
                }
            });

    AccountEventsPublisher(IntegrationEventPublisher publisher, EventStore eventStore) {
        this.publisher = publisher;
        this.eventStore = eventStore;
    }

    @EventHandler
    void on(ChargePostedEvent e, DomainEventMessage<ChargePostedEvent> message,
            @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId) {
        publisher.publish(Topics.ACCOUNT_EVENTS_V1, message, ChargePosted.TYPE, ChargePosted.VERSION,
                new ChargePosted(clinicId, id(e.accountId()), e.postingId().toString(), e.encounterId().toString(),
                        e.lineId().toString(), e.patientId().toString(), e.dateOfService(), e.procedureCode(),
                        e.modifiers(), e.responsibility().code(), e.amount().amount(), e.postedAt()));
        balanceChanged(message, clinicId, ChargePosted.TYPE, e.postingId(), null, e.postedAt());
    }

    @EventHandler
    void on(ChargeReversedEvent e, DomainEventMessage<ChargeReversedEvent> message,
            @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId) {
        publisher.publish(Topics.ACCOUNT_EVENTS_V1, message, ChargeReversed.TYPE, ChargeReversed.VERSION,
                new ChargeReversed(clinicId, id(e.accountId()), e.postingId().toString(), e.encounterId().toString(),
                        e.lineId().toString(), e.responsibility().code(), e.amount().amount(), e.reason(),
                        e.postedAt()));
        balanceChanged(message, clinicId, ChargeReversed.TYPE, e.postingId(), null, e.postedAt());
    }

    @EventHandler
    void on(PaymentPostedEvent e, DomainEventMessage<PaymentPostedEvent> message,
            @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId) {
        publisher.publish(Topics.ACCOUNT_EVENTS_V1, message, PaymentPosted.TYPE, PaymentPosted.VERSION,
                new PaymentPosted(clinicId, id(e.accountId()), e.postingId().toString(), e.paidBy().code(),
                        e.method().name(), e.reference(), e.cardLastFour(), e.receivedOn(), e.amount().amount(),
                        applied(e.applied()), e.unapplied().amount(), e.postedAt()));
        balanceChanged(message, clinicId, PaymentPosted.TYPE, e.postingId(), null, e.postedAt());
    }

    @EventHandler
    void on(AdjustmentPostedEvent e, DomainEventMessage<AdjustmentPostedEvent> message,
            @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId) {
        publisher.publish(Topics.ACCOUNT_EVENTS_V1, message, AdjustmentPosted.TYPE, AdjustmentPosted.VERSION,
                new AdjustmentPosted(clinicId, id(e.accountId()), e.postingId().toString(), e.reason().name(),
                        e.responsibility().code(), e.amount().amount(), applied(e.applied()), e.approvedBy(),
                        e.postedAt()));
        balanceChanged(message, clinicId, AdjustmentPosted.TYPE, e.postingId(), null, e.postedAt());
    }

    @EventHandler
    void on(RefundIssuedEvent e, DomainEventMessage<RefundIssuedEvent> message,
            @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId) {
        publisher.publish(Topics.ACCOUNT_EVENTS_V1, message, RefundIssued.TYPE, RefundIssued.VERSION,
                new RefundIssued(clinicId, id(e.accountId()), e.postingId().toString(), e.to().code(),
                        e.method().name(), e.reference(), e.amount().amount(), e.fromUnapplied().amount(),
                        applied(e.applied()), e.approvedBy(), e.postedAt()));
        balanceChanged(message, clinicId, RefundIssued.TYPE, e.postingId(), null, e.postedAt());
    }

    @EventHandler
    void on(ResponsibilityTransferredEvent e, DomainEventMessage<ResponsibilityTransferredEvent> message,
            @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId) {
        publisher.publish(Topics.ACCOUNT_EVENTS_V1, message, ResponsibilityTransferred.TYPE,
                ResponsibilityTransferred.VERSION, new ResponsibilityTransferred(clinicId, id(e.accountId()),
                        e.postingId().toString(), e.lineId().toString(), e.from().code(), e.to().code(),
                        e.amount().amount(), e.reason().name(), e.postedAt()));
        balanceChanged(message, clinicId, ResponsibilityTransferred.TYPE, e.postingId(), null, e.postedAt());
    }

    /** A merge's halves are no postings, but they move the balance: only their BalanceChanged is published. */
    @EventHandler
    void on(BalanceTransferredOutEvent e, DomainEventMessage<BalanceTransferredOutEvent> message,
            @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId) {
        balanceChanged(message, clinicId, "BalanceTransferredOut", null, e.transferId(), e.transferredAt());
    }

    @EventHandler
    void on(BalanceTransferredInEvent e, DomainEventMessage<BalanceTransferredInEvent> message,
            @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId) {
        balanceChanged(message, clinicId, "BalanceTransferredIn", null, e.transferId(), e.transferredAt());
    }

    @EventHandler
    void on(StatementIssuedEvent e, DomainEventMessage<StatementIssuedEvent> message,
            @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId) {
        publisher.publish(Topics.ACCOUNT_EVENTS_V1, message, StatementIssued.TYPE, StatementIssued.VERSION,
                statement(clinicId, e));
    }

    static StatementIssued statement(String clinicId, StatementIssuedEvent e) {
        // Grouped per patient and date of service in the order the statement lists them (first appearance).
        Map<List<Object>, List<StatementIssuedEvent.StatementLine>> groups = new LinkedHashMap<>();
        for (StatementIssuedEvent.StatementLine line : e.lines()) {
            groups.computeIfAbsent(List.of(line.patientId(), line.dateOfService()), key -> new ArrayList<>())
                    .add(line);
        }
        List<StatementIssued.DateOfService> dates = new ArrayList<>();
        groups.forEach((key, lines) -> dates.add(new StatementIssued.DateOfService(key.get(0).toString(),
                (LocalDate) key.get(1), lines.stream().map(AccountEventsPublisher::statementLine).toList(),
                total(lines, StatementIssuedEvent.StatementLine::charge),
                total(lines, StatementIssuedEvent.StatementLine::insurancePaid),
                total(lines, StatementIssuedEvent.StatementLine::adjustments),
                total(lines, StatementIssuedEvent.StatementLine::patientPaid),
                total(lines, StatementIssuedEvent.StatementLine::awaitingInsurance),
                total(lines, StatementIssuedEvent.StatementLine::patientDue))));
        return new StatementIssued(clinicId, id(e.accountId()), e.statementId().toString(), e.statementNumber(),
                e.issuedOn(), e.dueDate(), dates, e.awaitingInsurance().amount(), e.patientDue().amount(),
                e.unappliedCredit().amount(), e.amountDue().amount(), e.onDemand(), e.issuedAt());
    }

    private static StatementIssued.Line statementLine(StatementIssuedEvent.StatementLine line) {
        return new StatementIssued.Line(line.lineId().toString(), line.procedureCode(), line.modifiers(),
                line.charge().amount(), line.insurancePaid().amount(), line.adjustments().amount(),
                line.patientPaid().amount(), line.awaitingInsurance().amount(), line.patientDue().amount());
    }

    private static BigDecimal total(List<StatementIssuedEvent.StatementLine> lines,
            java.util.function.Function<StatementIssuedEvent.StatementLine, Money> amount) {
        return lines.stream().map(amount).map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    // ---- balances

    private void balanceChanged(DomainEventMessage<? extends PatientAccountEvent> message, String clinicId,
            String cause, UUID postingId, String transferId, Instant at) {
        RunningBalances balances = balancesAfter(message);
        publisher.publish(Topics.ACCOUNT_EVENTS_V1, derived(message, BalanceChanged.TYPE), BalanceChanged.TYPE,
                BalanceChanged.VERSION, balances.toPayload(clinicId, message.getAggregateIdentifier(), cause,
                        postingId == null ? null : postingId.toString(), transferId, at));
    }

    /**
     * The account's balances right after {@code message}: the batch's running sum of the account if it has one,
     * carried on over the stored events since, else summed from the account's first event.
     */
    private RunningBalances balancesAfter(DomainEventMessage<? extends PatientAccountEvent> message) {
        String account = message.getAggregateIdentifier();
        RunningBalances running = recent.get(account);
        if (running == null || running.sequence() >= message.getSequenceNumber()) {
            running = new RunningBalances();
        }
        if (running.sequence() < message.getSequenceNumber() - 1) {
            DomainEventStream stored = eventStore.readEvents(account, running.sequence() + 1);
            while (stored.hasNext() && stored.peek().getSequenceNumber() < message.getSequenceNumber()) {
                DomainEventMessage<?> earlier = stored.next();
                running.apply(earlier.getSequenceNumber(), earlier.getPayload());
            }
        }
        running.apply(message.getSequenceNumber(), message.getPayload());
        recent.put(account, running);
        return running;
    }

    /**
     * The stored event under another identity for a second record it becomes: consumers drop an event id they have
     * seen, so a BalanceChanged must not share its posting's id; derived by name, a republication carries the same.
     */
    private static DomainEventMessage<?> derived(DomainEventMessage<?> source, String type) {
        String id = UUID.nameUUIDFromBytes((source.getIdentifier() + "/" + type).getBytes(StandardCharsets.UTF_8))
                .toString();
        return new GenericDomainEventMessage<>(source.getType(), source.getAggregateIdentifier(),
                source.getSequenceNumber(), source.getPayload(), source.getMetaData(), id, source.getTimestamp());
    }

    private static List<AppliedAmount> applied(List<LineAmount> parts) {
        return parts.stream().map(part -> new AppliedAmount(part.lineId().toString(), part.amount().amount()))
                .toList();
    }

    private static String id(AccountId accountId) {
        return accountId.toString();
    }

    /**
     * An account's balance by responsibility, summed posting by posting as the ledger's read model adds them up
     * (charges − payments − adjustments + refunds + transfers in − transfers out), and its unapplied credit. The
     * patient's balance counts that credit against what they owe: a payment lowers the payer's balance by all of it.
     */
    static final class RunningBalances {

        /** Zero with the cents' scale, so that an account without credit publishes "0.00". */
        private static final BigDecimal CENTS_ZERO = new BigDecimal("0.00");

        private final Map<String, BigDecimal> by = new TreeMap<>(Comparator
                .comparing((String code) -> !code.equals(Responsibility.PATIENT.code())).thenComparing(code -> code));
        private BigDecimal unapplied = CENTS_ZERO;
        private long sequence = -1;

        long sequence() {
            return sequence;
        }

        void apply(long sequenceNumber, Object event) {
            sequence = sequenceNumber;
            if (event instanceof ChargePostedEvent e) {
                add(e.responsibility(), e.amount().amount());
            } else if (event instanceof ChargeReversedEvent e) {
                add(e.responsibility(), e.amount().amount().negate());
            } else if (event instanceof PaymentPostedEvent e) {
                add(e.paidBy(), e.amount().amount().negate());
                unapplied = unapplied.add(e.unapplied().amount());
            } else if (event instanceof AdjustmentPostedEvent e) {
                add(e.responsibility(), e.amount().amount().negate());
            } else if (event instanceof RefundIssuedEvent e) {
                add(e.to(), e.amount().amount());
                unapplied = unapplied.subtract(e.fromUnapplied().amount());
            } else if (event instanceof ResponsibilityTransferredEvent e) {
                add(e.from(), e.amount().amount().negate());
                add(e.to(), e.amount().amount());
            } else if (event instanceof BalanceTransferredOutEvent e) {
                moved(e.amount(), e.lines(), e.unapplied(), -1);
            } else if (event instanceof BalanceTransferredInEvent e) {
                moved(e.amount(), e.lines(), e.unapplied(), 1);
            }
            // Openings (always zero), membership, the guarantor on file, merges and statements move no money.
        }

        /** A merge's half: each line's shares, and what they do not make up is the patient's (credit, brought forward). */
        private void moved(Money amount, List<LedgerLineState> lines, Money credit, int sign) {
            BigDecimal shares = BigDecimal.ZERO;
            for (LedgerLineState line : lines) {
                for (LedgerLineState.Share share : line.due()) {
                    add(share.responsibility(), share.amount().amount().multiply(BigDecimal.valueOf(sign)));
                    shares = shares.add(share.amount().amount());
                }
            }
            add(Responsibility.PATIENT, amount.amount().subtract(shares).multiply(BigDecimal.valueOf(sign)));
            unapplied = unapplied.add(credit.amount().multiply(BigDecimal.valueOf(sign)));
        }

        private void add(Responsibility who, BigDecimal delta) {
            by.merge(who.code(), delta, BigDecimal::add);
        }

        Map<String, BigDecimal> balances() {
            return Map.copyOf(by);
        }

        BigDecimal balance() {
            return by.values().stream().reduce(CENTS_ZERO, BigDecimal::add);
        }

        BigDecimal unapplied() {
            return unapplied;
        }

        BalanceChanged toPayload(String clinicId, String accountId, String cause, String postingId,
                String transferId, Instant at) {
            List<BalanceChanged.ResponsibilityBalance> balances = by.entrySet().stream()
                    .map(entry -> new BalanceChanged.ResponsibilityBalance(entry.getKey(), entry.getValue()))
                    .toList();
            return new BalanceChanged(clinicId, accountId, cause, postingId, transferId, balances, balance(),
                    unapplied, at);
        }
    }
}
