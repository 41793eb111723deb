package io.claimline.billing.estimate;

import io.claimline.billing.pricing.query.LineToPrice;
import io.claimline.billing.pricing.query.Prices;
import io.claimline.codesets.ProcedureCode;
import io.claimline.platform.kernel.Money;
import io.claimline.platform.phi.PhiVault;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Stand-ins for what EstimatesIT needs from outside the estimate package, imported by that test only.
 * <ul>
 * <li>{@link MapBackedPricesForEstimatesIT}: the {@link Prices} port, implemented for real by the pricing package
 * in parallel; remove this one (and its import) when that lands, and give the IT real chargemaster rows instead.</li>
 * <li>{@link Base64VaultForEstimatesIT}: patient-service's PHI vault (another service, not running in a service
 * test); it "opens" test ciphertext that is plain base64 and records how it was asked, so the IT can check the
 * purpose and the caller. The vault's own acceptance of the purpose is PhiVaultIT's (patient-service).</li>
 * </ul>
 */
@TestConfiguration(proxyBeanMethods = false)
class EstimateTestDoubles {

    static final UUID PAYER = UUID.fromString("2a4c6e8f-0b1d-4f3a-9c5e-7b9d1f3a5c7e");

    @Bean
    @Primary
    MapBackedPricesForEstimatesIT mapBackedPricesForEstimatesIT() {
        return new MapBackedPricesForEstimatesIT(
                Map.of("99213", Money.usd("150.00"), "71046", Money.usd("80.25")),
                Map.of("99213", Money.usd("100.00")));
    }

    @Bean
    @Primary
    Base64VaultForEstimatesIT base64VaultForEstimatesIT() {
        return new Base64VaultForEstimatesIT();
    }

    /** Chargemaster prices per code and, for {@link #PAYER} only, a contract's allowed amount per unit. */
    record MapBackedPricesForEstimatesIT(Map<String, Money> chargemaster, Map<String, Money> contract)
            implements Prices {

        @Override
        public Optional<Money> unitPrice(String clinicId, ProcedureCode code, LocalDate dateOfService) {
            return Optional.ofNullable(chargemaster.get(code.value()));
        }

        @Override
        public Optional<Money> expectedReimbursement(String clinicId, UUID payerId, LineToPrice line,
                LocalDate dateOfService) {
            if (!PAYER.equals(payerId)) {
                return Optional.empty();
            }
            return Optional.ofNullable(contract.get(line.code().value()))
                    .map(unit -> unit.multiply(java.math.BigDecimal.valueOf(line.units()),
                            java.math.RoundingMode.UNNECESSARY));
        }
    }

    static final class Base64VaultForEstimatesIT implements PhiVault {

        final List<PhiAccess> accesses = new CopyOnWriteArrayList<>();

        static String seal(String plain) {
            return Base64.getEncoder().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public List<OpenedField> open(PhiAccess access, List<SealedField> fields) {
            accesses.add(access);
            return fields.stream().map(f -> new OpenedField(f.patientId(), f.field(), Outcome.OPENED,
                    new String(Base64.getDecoder().decode(f.value().ciphertext()), StandardCharsets.UTF_8))).toList();
        }

        @Override
        public List<SealedField.Result> seal(PhiAccess access, List<PlainField> fields) {
            throw new UnsupportedOperationException("estimates never seal");
        }
    }
}
