package io.claimline.billing.pricing.query;

import io.claimline.codesets.ProcedureCode;
import io.claimline.platform.kernel.Money;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * What a service costs and what a payer is expected to pay for it, from the clinic's chargemaster and its payer
 * contracts in force on the date of service. Encounters price their lines with it; estimates split it.
 */
public interface Prices {

    /** The chargemaster's price of one unit of the code on the date of service; empty when the clinic has none. */
    Optional<Money> unitPrice(String clinicId, ProcedureCode code, LocalDate dateOfService);

    /**
     * The expected reimbursement of one line under the payer's contract in force on the date of service: the
     * contract's allowed amount for the line (fee schedule or percentage of a base schedule, carve-outs applied),
     * never more than the line's charge (payers pay the lesser of the two). Empty when no contract is in force or
     * the contract does not price the code.
     */
    Optional<Money> expectedReimbursement(String clinicId, UUID payerId, LineToPrice line, LocalDate dateOfService);
}
