package io.claimline.localstack.faults;

import io.claimline.localstack.LoadDriver;
import java.util.HashSet;
import java.util.List;

/** The registrations patient-service stored during a fault, read from its event store: N2 after a fault. */
final class Registrations {

    private static final String SERVICE = "patient-service";
    private static final String REGISTERED = "payloadType LIKE '%PatientRegisteredEvent'";

    private final Databases databases;

    Registrations(Databases databases) {
        this.databases = databases;
    }

    /** The event store's position now, before the fault. */
    long mark() {
        return databases.number(SERVICE, "SELECT coalesce(max(globalIndex), 0) FROM DomainEventEntry");
    }

    /**
     * N2: no Idempotency-Key took effect twice: the acknowledged ids are distinct, and the registrations stored since
     * the mark are at most the keys the clients sent (a retry that registered again would store one more). N1 for
     * the acknowledged ids is the reconciliation's.
     */
    void check(Outcome outcome, LoadDriver.Result load, long mark) {
        List<String> acknowledged = load.patientIds();
        outcome.check("the load acknowledged registrations", !acknowledged.isEmpty(),
                acknowledged.size() + " acknowledged");
        outcome.checkEqual("N2 acknowledged patient ids are distinct", acknowledged.size(),
                new HashSet<>(acknowledged).size());
        long stored = databases.number(SERVICE, "SELECT count(*) FROM DomainEventEntry WHERE globalIndex > " + mark
                + " AND " + REGISTERED);
        outcome.check("N2 no Idempotency-Key registered twice (stored since the fault began <= keys sent)",
                stored <= load.attempted(), stored + " stored for " + load.attempted() + " keys sent");
    }
}
