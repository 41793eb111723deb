package io.claimline.billing.statement.delivery;

/**
 * The port statements leave billing through: a print vendor's file drop or e-mail (locally a folder). Delivering
 * the same statement again is safe: a print drop keeps the file it already has; callers that must not e-mail twice
 * (a replay) deliver from a {@code @DisallowReplay} processing group keyed by the statement id.
 */
public interface StatementDelivery {

    /**
     * Delivers one statement, or throws {@link StatementDeliveryFailedException} (no PHI in its message): nothing
     * was delivered, and the caller may retry.
     */
    DeliveryReceipt deliver(StatementParcel parcel);
}
