package io.claimline.localstack.reconcile;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks the reliability invariants N1, N3, N4, N5, N6 (billing's ledger), N7 and N8 (claims) and the domain
 * invariants across the services' copies (COVERAGES, MERGES, GUARANTORS, ENCOUNTERS; docs/runbooks/reconcile.md) on a
 * running stack: reads the services' databases read-only, asks each service to reconcile its read models with a fresh
 * replay, and looks at Kafka's lag and dead-letter topics, for every topic of {@link Topology}. Changes nothing.
 * {@code ./claimline reconcile} runs it; so can tests:
 * <pre>Report report = Reconciliation.run(target); assertThat(report.discrepancies()).isEmpty();</pre>
 */
public final class Reconciliation {

    private final Target target;
    private final Findings findings = new Findings();
    private final Map<String, Database> databases = new LinkedHashMap<>();

    private Reconciliation(Target target) {
        this.target = target;
    }

    public static Report run(Target target) {
        return new Reconciliation(target).check();
    }

    /** A step of a check; a failure of it (a database or broker away) is reported, and the others go on. */
    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    private Report check() {
        try {
            for (String service : Target.SERVICES) {
                try {
                    databases.put(service, Database.open(service, target.jdbcUrls().get(service), target.dbUser(),
                            target.dbPassword()));
                } catch (SQLException e) {
                    target.checks().forEach(check -> findings.couldNotCheck(check, service, e));
                }
            }
            if (databases.size() == Target.SERVICES.size()) {
                checkAll();
            }
        } finally {
            databases.values().forEach(db -> attempt(Check.N7, db.service(), db::close));
        }
        return findings.report();
    }

    private void checkAll() {
        Database patients = databases.get(Topology.PATIENT);
        if (runs(Check.N1)) {
            attempt(Check.N1, Topology.PATIENT, () -> AcknowledgedRegistrations.check(patients,
                    target.acknowledgedPatientIds(), findings));
        }
        if (runs(Check.N3)) {
            attempt(Check.N3, "gateway", () -> {
                Set<String> clinics = new TreeSet<>();
                for (String service : Topology.EVENT_SOURCED) {
                    clinics.addAll(ReadModelReplays.clinicsWithEvents(databases.get(service)));
                }
                ReadModelReplays.check(target, clinics, findings);
            });
        }
        if (runs(Check.N4) || runs(Check.N5)) {
            attempt(runs(Check.N4) ? Check.N4 : Check.N5, "integration events", this::deliveriesAndOrder);
        }
        if (runs(Check.N5)) {
            for (String service : Topology.EVENT_SOURCED) {
                Database store = databases.get(service);
                String[] readModel = Topology.VERSIONED_READ_MODELS.get(service);
                attempt(Check.N5, service, () -> {
                    report(Check.N5, service, Ordering.gapsInStreams(store));
                    report(Check.N5, service, Ordering.versionsBehindStreams(store, readModel[0], readModel[1]));
                });
            }
        }
        if (runs(Check.N6)) {
            attempt(Check.N6, Topology.BILLING, this::ledgers);
        }
        if (runs(Check.N7)) {
            recovery();
        }
        if (runs(Check.N8)) {
            attempt(Check.N8, Topology.CLAIMS, this::claims);
        }
        domainInvariants(patients);
    }

    /** Issue 8's invariants across the copies; patient-service's read models are the authority. */
    private void domainInvariants(Database patients) {
        Database billing = databases.get(Topology.BILLING);
        Database claims = databases.get(Topology.CLAIMS);
        Database collections = databases.get(Topology.COLLECTIONS);
        if (runs(Check.COVERAGES)) {
            attempt(Check.COVERAGES, Topology.PATIENT, () -> {
                Map<String, DomainInvariants.Coverage> authority = DomainInvariants.coverages(patients,
                        "rm_patient_coverage");
                for (Database copy : List.of(claims, billing)) {
                    attempt(Check.COVERAGES, copy.service(), () -> report(Check.COVERAGES, copy.service(),
                            DomainInvariants.coverageCopies("rm_coverage_copy", authority,
                                    DomainInvariants.coverages(copy, "rm_coverage_copy"))));
                }
                findings.examined(Check.COVERAGES, authority.size() + " coverages in 2 copies");
            });
        }
        if (runs(Check.MERGES) || runs(Check.GUARANTORS)) {
            attempt(runs(Check.MERGES) ? Check.MERGES : Check.GUARANTORS, Topology.PATIENT, () -> {
                List<DomainInvariants.Patient> known = DomainInvariants.patients(patients);
                long merged = known.stream().filter(p -> p.mergedInto() != null).count();
                String responsible = "SELECT patient_id::text, clinic_id, account_id::text FROM account_responsibility";
                if (runs(Check.MERGES)) {
                    String redirected = "SELECT patient_id::text, clinic_id, merged_into::text FROM %s "
                            + "WHERE merged_into IS NOT NULL";
                    attempt(Check.MERGES, Topology.CLAIMS, () -> report(Check.MERGES, Topology.CLAIMS,
                            DomainInvariants.patientRedirects("rm_patient_copy", known, DomainInvariants.pointers(
                                    claims, redirected.formatted("rm_patient_copy")))));
                    attempt(Check.MERGES, Topology.COLLECTIONS, () -> report(Check.MERGES, Topology.COLLECTIONS,
                            DomainInvariants.patientRedirects("rm_watched_patient", known, DomainInvariants.pointers(
                                    collections, redirected.formatted("rm_watched_patient")))));
                    attempt(Check.MERGES, Topology.BILLING, () -> report(Check.MERGES, Topology.BILLING,
                            DomainInvariants.accountRedirects(known, DomainInvariants.pointers(billing,
                                    "SELECT account_id::text, clinic_id, surviving_account_id::text "
                                            + "FROM account_redirect"), DomainInvariants.pointers(billing,
                                    responsible))));
                    findings.examined(Check.MERGES, merged + " merged patients in 3 consumers");
                }
                if (runs(Check.GUARANTORS)) {
                    attempt(Check.GUARANTORS, Topology.BILLING, () -> report(Check.GUARANTORS, Topology.BILLING,
                            DomainInvariants.responsibilities(known, DomainInvariants.pointers(billing,
                                    responsible))));
                    findings.examined(Check.GUARANTORS, (known.size() - merged) + " patients' guarantors");
                }
            });
        }
        if (runs(Check.ENCOUNTERS)) {
            attempt(Check.ENCOUNTERS, Topology.BILLING, () -> {
                Map<String, DomainInvariants.Encounter> billed = DomainInvariants.billedEncounters(billing);
                report(Check.ENCOUNTERS, Topology.CLAIMS, DomainInvariants.encounterCopies(billed,
                        DomainInvariants.billableEncounters(claims)));
                findings.examined(Check.ENCOUNTERS, billed.size() + " confirmed encounters");
            });
        }
    }

    /** N6: billing's ledger balances to the cent, and its read model's totals are its event store's. */
    private void ledgers() throws Exception {
        Database billing = databases.get(Topology.BILLING);
        List<Ledgers.Balance> balances = Ledgers.balances(billing);
        List<Ledgers.Account> accounts = Ledgers.accounts(billing);
        List<Ledgers.Line> lines = Ledgers.lines(billing);
        report(Check.N6, Topology.BILLING, Ledgers.balanceArithmetic(balances));
        report(Check.N6, Topology.BILLING, Ledgers.accountBalances(accounts, balances));
        report(Check.N6, Topology.BILLING, Ledgers.lineArithmetic(lines));
        report(Check.N6, Topology.BILLING, Ledgers.storedAgainstRead(Ledgers.stored(billing), balances));
        findings.examined(Check.N6, accounts.size() + " accounts, " + balances.size() + " balances by responsibility, "
                + lines.size() + " service lines");
    }

    /** N8: claims-service's batches, sendings, event store and read model tell the same story of every claim. */
    private void claims() throws Exception {
        Database claims = databases.get(Topology.CLAIMS);
        List<Claims.Batch> batches = Claims.batches(claims);
        List<Claims.ClaimRow> rows = Claims.claims(claims);
        List<Claims.Sending> sendings = Claims.sendings(claims);
        Map<String, Claims.Stream> streams = Claims.streams(claims);
        List<Claims.Submitted> submitted = Claims.submitted(claims);
        report(Check.N8, Topology.CLAIMS, Claims.batchTotals(batches, submitted));
        report(Check.N8, Topology.CLAIMS, Claims.unmatchedRows(Claims.unmatched(claims)));
        report(Check.N8, Topology.CLAIMS, Claims.sendingsInOrder(rows, streams, sendings));
        report(Check.N8, Topology.CLAIMS, Claims.submittedEvents(submitted, sendings));
        report(Check.N8, Topology.CLAIMS, Claims.sharedNumbers(Claims.shared(claims)));
        report(Check.N8, Topology.CLAIMS, Claims.statuses(rows, streams));
        findings.examined(Check.N8, rows.size() + " claims (" + Claims.current(rows, streams).size()
                + " at their stream's head), " + sendings.size() + " sendings, " + batches.size() + " batches");
    }

    private void deliveriesAndOrder() throws Exception {
        Map<String, List<PublishedEvent>> byTopic = new LinkedHashMap<>();
        for (Topology.Topic topic : Topology.TOPICS) {
            byTopic.put(topic.name(), Deliveries.published(databases.get(topic.producer()), topic));
        }
        Map<String, PublishedEvent> byId = byTopic.values().stream().flatMap(List::stream)
                .collect(Collectors.toMap(PublishedEvent::eventId, Function.identity(), (a, b) -> a));
        long deliveries = 0;
        for (Topology.Consumer consumer : Topology.CONSUMERS) {
            String service = consumer.service();
            Database db = databases.get(service);
            List<InboxRow> inbox = Deliveries.inbox(db);
            for (Map.Entry<String, Set<String>> applies : consumer.appliedTypes().entrySet()) {
                Topology.Topic topic = Topology.topic(applies.getKey());
                List<PublishedEvent> published = byTopic.get(topic.name());
                deliveries += published.stream().filter(e -> applies.getValue().contains(e.type())).count();
                if (runs(Check.N4)) {
                    report(Check.N4, service, Deliveries.compare(topic, published, applies.getValue(), inbox,
                            target.expectedPoison()));
                }
            }
            if (runs(Check.N4)) {
                for (Topology.Counting counting : Topology.COUNTING_READ_MODELS) {
                    if (counting.service().equals(service)) {
                        report(Check.N4, service, Deliveries.appliedCounts(db, counting, inbox, byId));
                    }
                }
                // Rows of a topic the service does not consume at all: nobody should have written them.
                Set<String> consumed = consumer.appliedTypes().keySet();
                inbox.stream().filter(row -> !consumed.contains(row.topic())).map(row -> "the inbox holds event "
                        + row.eventId() + " of topic " + row.topic() + ", which this service does not consume")
                        .sorted().forEach(what -> findings.add(Check.N4, service, what));
            }
            if (runs(Check.N5)) {
                report(Check.N5, service, Ordering.applicationOrder(inbox, byId, Ordering.redriven(db)));
                if (service.equals(Topology.CLAIMS)) {
                    report(Check.N5, service, Ordering.copiesBehindTheirEvents(db, inbox, byId));
                }
            }
        }
        findings.examined(Check.N4, deliveries + " deliveries of " + byId.size() + " published events on "
                + byTopic.size() + " topics");
        findings.examined(Check.N5, byId.size() + " published events in "
                + byId.values().stream().map(PublishedEvent::aggregateId).distinct().count() + " aggregates");
    }

    private void recovery() {
        List<Recovery.Parked> parked = new ArrayList<>();
        long[] tokens = {0};
        for (Database db : databases.values()) {
            attempt(Check.N7, db.service(), () -> {
                tokens[0] += Recovery.tokens(db);
                report(Check.N7, db.service(), Recovery.tokensBehind(db));
                parked.addAll(Recovery.parked(db).stream().map(p -> new Recovery.Parked(db.service() + " "
                        + p.where(), p.eventId(), p.aggregateId())).toList());
            });
        }
        int[] groups = {0};
        attempt(Check.N7, "kafka", () -> {
            try (KafkaRecovery kafka = new KafkaRecovery(target.kafkaBootstrapServers())) {
                for (Topology.Consumer consumer : Topology.CONSUMERS) {
                    String group = consumer.service();
                    for (String topicName : new TreeSet<>(consumer.appliedTypes().keySet())) {
                        Topology.Topic topic = Topology.topic(topicName);
                        kafka.lag(group, topic.name()).forEach((partition, lag) -> findings.add(Check.N7,
                                "consumer group " + group, "lags " + lag + " records on " + partition));
                        kafka.deadLetters(topic.deadLetterTopic(group)).forEach(letter -> parked.add(
                                new Recovery.Parked(letter.topic() + " partition " + letter.partition() + " offset "
                                        + letter.offset(), letter.id(), null)));
                    }
                    groups[0]++;
                }
            }
        });
        Set<String> seen = new HashSet<>();
        for (Recovery.Parked item : parked) {
            seen.add(item.eventId());
            if (!target.expectedPoison().contains(item.eventId())) {
                findings.add(Check.N7, item.where(), "holds event " + item.eventId()
                        + (item.aggregateId() == null ? "" : " (aggregate " + item.aggregateId() + ")")
                        + ", which is not expected poison");
            }
        }
        new TreeSet<>(target.expectedPoison()).stream().filter(id -> !seen.contains(id)).forEach(id ->
                findings.add(Check.N7, "expected poison " + id, "is in no dead-letter topic, dead-letter queue or "
                        + "refused events"));
        findings.examined(Check.N7, tokens[0] + " tracking tokens, " + groups[0] + " consumer groups, " + parked.size()
                + " dead letters");
    }

    private boolean runs(Check check) {
        return target.checks().contains(check);
    }

    private void report(Check check, String where, List<String> found) {
        found.forEach(what -> findings.add(check, where, what));
    }

    private void attempt(Check check, String where, Step step) {
        try {
            step.run();
        } catch (Exception e) {
            findings.couldNotCheck(check, where, e);
        }
    }
}
