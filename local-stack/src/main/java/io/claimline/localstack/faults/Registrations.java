package io.claimline.localstack.faults;

import io.claimline.localstack.LoadDriver;
import java.util.HashSet;
import java.util.List;

/** The registrations patient-service stored, read from its event store: N1 and N2 after a fault. */
final class Registrations {

    private static final String SERVICE = "patient-service";
    private static final String REGISTERED = "payloadType LIKE '%PatientRegisteredEvent'";

    private final Databases databases;

    Registrations(Databases databases) {
        this.databases = databases;
    }

    /** The event store's position now; {@link #since} lists what was registered after it. */
    long mark() {
        return databases.number(SERVICE, "SELECT coalesce(max(globalIndex), 0) FROM DomainEventEntry");
    }

    /** The ids of the patients registered after the mark, acknowledged to their client or not. */
    List<String> since(long mark) {
        return databases.column(SERVICE, "SELECT aggregateIdentifier FROM DomainEventEntry WHERE globalIndex > ? AND "
                + REGISTERED + " ORDER BY globalIndex", mark);
    }

    /**
     * N1: every registration a client got a 201 for is in the event store, once. N2: no Idempotency-Key took
     * effect twice, so the registrations stored since the mark are at most the keys the clients sent.
     */
    void check(Outcome outcome, LoadDriver.Result load, long mark) {
        List<String> acknowledged = load.patientIds();
        outcome.check("the load acknowledged registrations", !acknowledged.isEmpty(),
                acknowledged.size() + " acknowledged");
        outcome.checkEqual("acknowledged patient ids are distinct", acknowledged.size(),
                new HashSet<>(acknowledged).size());
        outcome.checkEqual("N1 every acknowledged registration is in the event store once", acknowledged.size(),
                databases.count(SERVICE, "SELECT count(*) FROM DomainEventEntry WHERE aggregateIdentifier = ANY (?) AND "
                        + REGISTERED, acknowledged));
        long stored = since(mark).size();
        outcome.check("N2 no Idempotency-Key registered twice (stored since the fault began <= keys sent)",
                stored <= load.attempted(), stored + " stored for " + load.attempted() + " keys sent");
    }
}
