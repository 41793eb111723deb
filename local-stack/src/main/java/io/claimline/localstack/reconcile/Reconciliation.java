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
 * Checks the reliability invariants N1, N3, N4, N5 and N7 (docs/runbooks/reconcile.md) on a running stack: reads
 * the services' databases read-only, asks each service to reconcile its read models with a fresh replay, and looks
 * at Kafka's lag and dead-letter topics. Changes nothing. {@code ./claimline reconcile} runs it; so can tests:
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
            attempt(runs(Check.N4) ? Check.N4 : Check.N5, Topology.PATIENT, () -> deliveriesAndOrder(patients));
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
        if (runs(Check.N7)) {
            recovery();
        }
    }

    private void deliveriesAndOrder(Database patients) throws Exception {
        List<PublishedEvent> published = Deliveries.published(patients);
        Map<String, PublishedEvent> byId = published.stream()
                .collect(Collectors.toMap(PublishedEvent::eventId, Function.identity(), (a, b) -> a));
        long deliveries = 0;
        for (Map.Entry<String, Set<String>> consumer : Topology.ROUTED_TYPES.entrySet()) {
            String service = consumer.getKey();
            Database db = databases.get(service);
            List<InboxRow> inbox = Deliveries.inbox(db);
            deliveries += published.stream().filter(e -> consumer.getValue().contains(e.type())).count();
            if (runs(Check.N4)) {
                report(Check.N4, service, Deliveries.compare(published, consumer.getValue(), inbox,
                        target.expectedPoison()));
                String counting = Topology.COUNTING_READ_MODELS.get(service);
                if (counting != null) {
                    report(Check.N4, service, Deliveries.appliedCounts(db, counting, inbox));
                }
            }
            if (runs(Check.N5)) {
                report(Check.N5, service, Ordering.applicationOrder(inbox, byId, Ordering.redriven(db)));
                if (service.equals(Topology.CLAIMS)) {
                    report(Check.N5, service, Ordering.copiesBehindTheirEvents(db, inbox, byId));
                }
            }
        }
        findings.examined(Check.N4, deliveries + " deliveries of " + published.size() + " published events");
        findings.examined(Check.N5, published.size() + " published events in "
                + published.stream().map(PublishedEvent::aggregateId).distinct().count() + " aggregates");
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
                for (String group : Topology.ROUTED_TYPES.keySet()) {
                    kafka.lag(group, Topology.TOPIC).forEach((partition, lag) -> findings.add(Check.N7,
                            "consumer group " + group, "lags " + lag + " records on " + partition));
                    kafka.deadLetters(Topology.deadLetterTopic(group)).forEach(letter -> parked.add(
                            new Recovery.Parked(letter.topic() + " partition " + letter.partition() + " offset "
                                    + letter.offset(), letter.id(), null)));
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
