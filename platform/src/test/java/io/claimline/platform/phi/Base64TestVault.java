package io.claimline.platform.phi;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * patient-service's PHI vault for the services' own integration tests (another service, not running in a
 * service test; the end-to-end suite runs the real one): "sealed" values are plain base64 under the patient's id as
 * key id, so a test can check what was sealed and opened, and every access is recorded so a test can check the
 * purpose and the caller. The vault's own rules (purposes per service, erasure) are PhiVaultIT's (patient-service).
 * Import {@link Configuration} into a test to use it.
 */
public final class Base64TestVault implements PhiVault {

    public final List<PhiAccess> accesses = new CopyOnWriteArrayList<>();

    /** The bean, primary over the HTTP client of the real vault. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        Base64TestVault base64TestVault() {
            return new Base64TestVault();
        }
    }

    public static String seal(String plain) {
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
        accesses.add(access);
        return fields.stream().map(f -> new SealedField.Result(f.patientId(), f.field(), Outcome.SEALED,
                new SealedValue(f.patientId(), seal(f.value())))).toList();
    }
}
