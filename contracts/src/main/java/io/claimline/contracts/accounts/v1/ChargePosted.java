package io.claimline.contracts.accounts.v1;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.claimline.contracts.KeyedPayload;
import io.claimline.contracts.Require;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code billing.account-events.v1} type {@code ChargePosted}, version 1: a confirmed encounter's service line
 * charged {@code amount} to the guarantor account, owed first by {@code responsibility} (the payer billed, or
 * {@code PATIENT} when self-pay). An amendment that raises a line's charge posts the difference as another
 * ChargePosted of the same line; one that lowers it, a void or a removed line is {@link ChargeReversed}. So
 * {@code amount} is never negative, and a line's charge is the sum of its ChargePosted minus its ChargeReversed.
 *
 * @param postingId the posting's id in the ledger (unique per account event)
 * @param responsibility {@code PATIENT} or {@code PAYER:<payer id>}
 */
public record ChargePosted(
        String clinicId,
        String accountId,
        String postingId,
        String encounterId,
        String lineId,
        String patientId,
        LocalDate dateOfService,
        String procedureCode,
        List<String> modifiers,
        String responsibility,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        Instant postedAt) implements KeyedPayload {

    public static final String TYPE = "ChargePosted";
    public static final int VERSION = 1;

    public ChargePosted {
        Require.present(clinicId, "clinicId");
        Require.uuid(accountId, "accountId");
        Require.uuid(postingId, "postingId");
        Require.uuid(encounterId, "encounterId");
        Require.uuid(lineId, "lineId");
        Require.uuid(patientId, "patientId");
        Require.present(dateOfService, "dateOfService");
        Require.present(procedureCode, "procedureCode");
        modifiers = List.copyOf(Require.present(modifiers, "modifiers"));
        Require.responsibility(responsibility, "responsibility");
        Require.unsignedCents(amount, "amount");
        Require.present(postedAt, "postedAt");
    }

    @Override
    public String aggregateId() {
        return accountId;
    }
}
