package io.claimline.billing.pricing.query;

import io.claimline.codesets.ProcedureCode;
import io.claimline.platform.kernel.Money;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * {@link Prices} from the pricing read model (rm_chargemaster_price, rm_payer_contract_version), the clinic's own
 * rows only. Counts the lines it could not price, by reason only (never a code, clinic or payer in a label), so
 * operators see a clinic's chargemaster or contracts falling behind the codes it bills.
 */
@Component
public class ReadModelPrices implements Prices {

    /** Lines asked for and not priced; {@code reason}: no_chargemaster_price, no_contract, not_priced, not_covered. */
    public static final String UNPRICED_LINES = "claimline.pricing.lines.unpriced";

    private final PricingProjection pricing;
    private final Counter noChargemasterPrice;
    private final Map<Reimbursement.Status, Counter> unpriced = new EnumMap<>(Reimbursement.Status.class);

    ReadModelPrices(PricingProjection pricing, MeterRegistry meters) {
        this.pricing = pricing;
        this.noChargemasterPrice = counter(meters, "no_chargemaster_price");
        for (Reimbursement.Status status : Reimbursement.Status.values()) {
            if (status != Reimbursement.Status.PRICED) {
                unpriced.put(status, counter(meters, status.name().toLowerCase(Locale.ROOT)));
            }
        }
    }

    private static Counter counter(MeterRegistry meters, String reason) {
        return Counter.builder(UNPRICED_LINES).description("Service lines that could not be priced, by reason")
                .tag("reason", reason).register(meters);
    }

    @Override
    public Optional<Money> unitPrice(String clinicId, ProcedureCode code, LocalDate dateOfService) {
        Optional<Money> price = pricing.unitPrice(clinicId, code, dateOfService);
        if (price.isEmpty()) {
            noChargemasterPrice.increment();
        }
        return price;
    }

    @Override
    public Optional<Money> expectedReimbursement(String clinicId, UUID payerId, LineToPrice line,
            LocalDate dateOfService) {
        return reimbursement(clinicId, payerId, line, dateOfService).expectedAmount();
    }

    /** The line under the contract in force on the date of service, with why it is not priced when it is not. */
    public Reimbursement reimbursement(String clinicId, UUID payerId, LineToPrice line, LocalDate dateOfService) {
        Reimbursement result = pricing.contractAsOf(clinicId, payerId, dateOfService)
                .map(contract -> ContractPricing.price(contract.terms(), line,
                        needsChargemaster(contract.terms()) ? pricing.unitPrice(clinicId, line.code(), dateOfService)
                                : Optional.empty()))
                .orElseGet(() -> Reimbursement.none(Reimbursement.Status.NO_CONTRACT));
        Counter counter = unpriced.get(result.status());
        if (counter != null) {
            counter.increment();
        }
        return result;
    }

    private static boolean needsChargemaster(io.claimline.billing.pricing.api.ContractTerms terms) {
        return terms.method() == io.claimline.billing.pricing.api.ContractTerms.Method.PERCENT_OF_BASE
                && terms.base() == io.claimline.billing.pricing.api.ContractTerms.Base.CHARGEMASTER;
    }
}
