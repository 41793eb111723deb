package io.claimline.contracts.practice.v1;

import io.claimline.contracts.KeyedPayload;
import io.claimline.contracts.Require;
import java.time.Instant;
import java.time.LocalDate;

/**
 * {@code billing.practice-events.v1} type {@code ClinicProfileChanged}, version 1: the clinic's profile as it is
 * from {@code effectiveFrom} on (until the next version's date). The first one sets the practice up.
 *
 * @param payToAddress null when payments go to the billing address (837P loop 2010AB is then left out)
 */
public record ClinicProfileChanged(
        String clinicId,
        LocalDate effectiveFrom,
        String legalName,
        String billingNpi,
        String taxId,
        String taxonomy,
        Address billingAddress,
        Address payToAddress,
        Instant changedAt) implements KeyedPayload {

    public static final String TYPE = "ClinicProfileChanged";
    public static final int VERSION = 1;

    public ClinicProfileChanged {
        Require.present(clinicId, "clinicId");
        Require.present(effectiveFrom, "effectiveFrom");
        Require.present(legalName, "legalName");
        Require.present(billingNpi, "billingNpi");
        Require.present(taxId, "taxId");
        Require.present(taxonomy, "taxonomy");
        Require.present(billingAddress, "billingAddress");
        Require.present(changedAt, "changedAt");
    }

    @Override
    public String aggregateId() {
        return clinicId;
    }
}
