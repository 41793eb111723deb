package io.claimline.billing.practice.api;

/**
 * Identifies a clinic's practice setup: one per clinic, so it is the clinic id itself. Deriving it from the caller's
 * clinic makes a write to another clinic's setup impossible by construction, and the published events' key is the
 * clinic id.
 */
public record PracticeId(String clinicId) {

    public PracticeId {
        if (clinicId == null || clinicId.isBlank()) {
            throw new IllegalArgumentException("a practice belongs to a clinic");
        }
    }

    @Override
    public String toString() {
        return clinicId;
    }
}
