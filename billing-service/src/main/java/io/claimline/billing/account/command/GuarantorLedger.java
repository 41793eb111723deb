package io.claimline.billing.account.command;

import io.claimline.billing.account.api.AccountId;
import io.claimline.billing.account.api.SealedGuarantor;
import io.claimline.platform.kernel.Money;
import io.claimline.platform.kernel.StateConflictException;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The decisions of one guarantor account, without Axon: which patients it answers for, what it owes, whether it
 * was merged away. The aggregate asks, then applies the events; the event-sourcing handlers call the mutators.
 */
final class GuarantorLedger {

    private final AccountId accountId;
    private final Set<String> patients = new HashSet<>();
    private final Set<String> transfersIn = new HashSet<>();
    private Money balance;
    private AccountId mergedInto;
    private SealedGuarantor guarantor;
    private String guarantorKind;

    GuarantorLedger(AccountId accountId, Money balance) {
        this.accountId = accountId;
        this.balance = balance;
    }

    // ---- decisions

    /** A merged account is closed: it takes no more patients nor money. */
    void requireOpen() {
        if (mergedInto != null) {
            throw new StateConflictException("the account was merged into another account");
        }
    }

    boolean answersFor(String patientId) {
        return patients.contains(patientId);
    }

    /** Whether the guarantor on file differs from this one (a first guarantor, a corrected name or address). */
    boolean guarantorDiffers(String kind, SealedGuarantor candidate) {
        return candidate != null && (!Objects.equals(guarantor, candidate) || !Objects.equals(guarantorKind, kind));
    }

    /**
     * What a merge into {@code survivor} moves out: the whole balance. Null when the account is already merged
     * into that survivor (a repeated merge moves nothing); a merge into itself or into a second survivor is refused.
     */
    Money transferOutForMerge(AccountId survivor) {
        if (survivor == null || survivor.equals(accountId)) {
            throw new StateConflictException("an account cannot be merged into itself");
        }
        if (mergedInto != null) {
            if (mergedInto.equals(survivor)) {
                return null;
            }
            throw new StateConflictException("the account was merged into another account");
        }
        return balance;
    }

    /** Whether a transfer in must be applied: once per transfer id, never from itself, never into a closed account. */
    boolean acceptsTransferIn(AccountId from, String transferId, Money amount) {
        if (from == null || from.equals(accountId)) {
            throw new StateConflictException("an account cannot transfer to itself");
        }
        if (transfersIn.contains(transferId)) {
            return false;
        }
        requireOpen();
        if (!amount.currency().equals(balance.currency())) {
            throw new StateConflictException("the transfer is in another currency than the account");
        }
        return true;
    }

    // ---- state changes (from events only)

    void join(String patientId) {
        patients.add(patientId);
    }

    void leave(String patientId) {
        patients.remove(patientId);
    }

    void guarantorOnFile(String kind, SealedGuarantor sealed) {
        this.guarantorKind = kind;
        this.guarantor = sealed;
    }

    void transferredOut(Money amount) {
        balance = balance.minus(amount);
    }

    void transferredIn(String transferId, Money amount) {
        transfersIn.add(transferId);
        balance = balance.plus(amount);
    }

    void mergedInto(AccountId survivor) {
        this.mergedInto = survivor;
    }

    Money balance() {
        return balance;
    }
}
