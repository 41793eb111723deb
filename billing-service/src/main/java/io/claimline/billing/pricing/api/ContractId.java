package io.claimline.billing.pricing.api;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies the contract between a clinic and one of its payers: one per (clinic, payer), whose versions are the
 * contract's effective-dated terms. The aggregate identifier ({@link #toString()}) holds no PHI.
 */
public record ContractId(String clinicId, UUID payerId) {

    public ContractId {
        if (clinicId == null || clinicId.isBlank()) {
            throw new IllegalArgumentException("a contract belongs to a clinic");
        }
        Objects.requireNonNull(payerId, "payerId");
    }

    @Override
    public String toString() {
        return "contract:" + clinicId + ":" + payerId;
    }
}
