package io.claimline.patient.payer;

import io.claimline.patient.payer.api.PayerId;
import io.claimline.patient.payer.command.EdiPayerIds;
import java.util.HashMap;
import java.util.Map;

/** The claim table's rule in memory, for aggregate tests (PayerRegistryIT runs the JDBC one on PostgreSQL). */
class InMemoryEdiPayerIds implements EdiPayerIds {

    final Map<String, PayerId> claims = new HashMap<>();

    @Override
    public boolean claim(String clinicId, String ediPayerId, PayerId payerId) {
        return claims.putIfAbsent(clinicId + "|" + ediPayerId, payerId) == null
                || claims.get(clinicId + "|" + ediPayerId).equals(payerId);
    }

    @Override
    public void release(String clinicId, String ediPayerId, PayerId payerId) {
        claims.remove(clinicId + "|" + ediPayerId, payerId);
    }

    PayerId holder(String clinicId, String ediPayerId) {
        return claims.get(clinicId + "|" + ediPayerId);
    }
}
