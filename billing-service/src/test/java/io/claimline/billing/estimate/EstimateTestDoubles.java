package io.claimline.billing.estimate;

import io.claimline.platform.phi.PhiVault;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The stand-in EstimatesIT needs from outside billing-service, imported by that test only:
 * {@link Base64VaultForEstimatesIT} for patient-service's PHI vault (another service, not running in a service
 * test); it "opens" test ciphertext that is plain base64 and records how it was asked, so the IT can check the
 * purpose and the caller. The vault's own acceptance of the purpose is PhiVaultIT's (patient-service), and the
 * end-to-end suite runs the real one.
 */
@TestConfiguration(proxyBeanMethods = false)
class EstimateTestDoubles {

    @Bean
    @Primary
    Base64VaultForEstimatesIT base64VaultForEstimatesIT() {
        return new Base64VaultForEstimatesIT();
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
