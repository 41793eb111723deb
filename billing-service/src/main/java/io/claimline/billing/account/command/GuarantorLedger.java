package io.claimline.billing.account.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import io.claimline.billing.account.api.AccountId;
import io.claimline.billing.account.api.SealedGuarantor;
import io.claimline.platform.kernel.StateConflictException;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who one guarantor account is, without Axon: which patients it answers for, the guarantor on file, whether it was
 * merged away. (What it owes is the {@link AccountLedger}'s.) The aggregate asks, then applies the events; the
 * event-sourcing handlers call the mutators.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
final class GuarantorLedger {

    private AccountId accountId;
    private Set<String> patients = new HashSet<>();
    private Set<String> transfersIn = new HashSet<>();
    private AccountId mergedInto;
    private SealedGuarantor guarantor;
    private String guarantorKind;

    private GuarantorLedger() {
        // for snapshots
    }

    GuarantorLedger(AccountId accountId) {
        this.accountId = accountId;
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
     * Whether a merge into {@code survivor} moves the balance out: false when the account is already merged into
     * that survivor (a repeated merge moves nothing); a merge into itself or into a second survivor is refused.
     */
    boolean mergesInto(AccountId survivor) {
        if (survivor == null || survivor.equals(accountId)) {
            throw new StateConflictException("an account cannot be merged into itself");
        }
        if (mergedInto != null) {
            if (mergedInto.equals(survivor)) {
                return false;
            }
            throw new StateConflictException("the account was merged into another account");
        }
        return true;
    }

    /** Whether a transfer in must be applied: once per transfer id, never from itself, never into a closed account. */
    boolean acceptsTransferIn(AccountId from, String transferId) {
        if (from == null || from.equals(accountId)) {
            throw new StateConflictException("an account cannot transfer to itself");
        }
        if (transfersIn.contains(transferId)) {
            return false;
        }
        requireOpen();
        return true;
    }

    /** The guarantor on file (sealed), null before any was assigned. */
    SealedGuarantor guarantor() {
        return guarantor;
    }

    Set<String> patients() {
        return Set.copyOf(patients);
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

    void transferredIn(String transferId) {
        transfersIn.add(transferId);
    }

    void mergedInto(AccountId survivor) {
        this.mergedInto = survivor;
    }
}
