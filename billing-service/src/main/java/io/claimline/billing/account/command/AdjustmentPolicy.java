package io.claimline.billing.account.command;

import io.claimline.billing.account.api.AdjustmentReason;
import io.claimline.platform.security.Roles;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may adjust for which reason (docs/security/roles.md): billers adjust for the contract, courtesy, financial
 * assistance and small balances; collections for settlements and bad-debt recoveries; a bad-debt write-off is a
 * manager's approval. A manager may do all, and so may a service acting on another service's decision (the
 * remittance and collections issues post through it).
 */
final class AdjustmentPolicy {

    private AdjustmentPolicy() {
    }

    static void requireAllowed(AdjustmentReason reason, Set<String> roles) {
        if (roles.contains(Roles.MANAGER) || roles.contains(Roles.SERVICE)) {
            return;
        }
        boolean allowed = switch (reason) {
            case BAD_DEBT -> false;
            case SETTLEMENT_DISCOUNT, BAD_DEBT_RECOVERY -> roles.contains(Roles.COLLECTIONS);
            case CONTRACTUAL, COURTESY, FINANCIAL_ASSISTANCE, SMALL_BALANCE -> roles.contains(Roles.BILLER);
        };
        if (!allowed) {
            throw new AccessDeniedException("an adjustment for " + reason + " needs "
                    + (reason == AdjustmentReason.BAD_DEBT ? "a manager" : "another role"));
        }
    }
}
