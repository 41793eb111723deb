package io.claimline.billing.pricing.api;

/**
 * Identifies a clinic's chargemaster: one per clinic. The event store's aggregate identifier is shared by every
 * aggregate type, and the practice setup already uses the bare clinic id, hence the prefix in {@link #toString()}.
 */
public record ChargemasterId(String clinicId) {

    public ChargemasterId {
        if (clinicId == null || clinicId.isBlank()) {
            throw new IllegalArgumentException("a chargemaster belongs to a clinic");
        }
    }

    @Override
    public String toString() {
        return "chargemaster:" + clinicId;
    }
}
