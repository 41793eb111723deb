package io.claimline.claims.scrubber;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether the clinic already has another claim for the same service: same patient, rendering provider, date of
 * service and codes. Implemented later over the claims read model; the scrubber only asks.
 */
public interface DuplicateClaims {

    /**
     * Another live claim (not voided, not this one) with the key, if any.
     *
     * @param excludingClaimId the claim being scrubbed, never its own duplicate; null before it exists
     * @return the other claim's id
     */
    Optional<String> otherClaimWith(Key key, String excludingClaimId);

    /** None: for a clinic's first claims and for tests of the other rules. */
    static DuplicateClaims none() {
        return (key, excluding) -> Optional.empty();
    }

    /**
     * What makes two claims the same service.
     *
     * @param renderingProviderNpi the billing provider's NPI when no rendering provider is named
     * @param services             each line's procedure code and modifiers, sorted, so line order does not matter
     */
    record Key(String clinicId, String patientId, String renderingProviderNpi, LocalDate dateOfService,
            List<Service> services) {

        public Key {
            Objects.requireNonNull(clinicId, "clinicId");
            Objects.requireNonNull(patientId, "patientId");
            Objects.requireNonNull(renderingProviderNpi, "renderingProviderNpi");
            Objects.requireNonNull(dateOfService, "dateOfService");
            services = List.copyOf(services);
        }

        @Override
        public String toString() {
            return "Key[clinicId=" + clinicId + ", services=" + services + "]"; // the patient and date stay out
        }
    }

    /** A line's procedure code with its modifiers (a repeat marked 76 or 91 is a different service). */
    record Service(String procedureCode, List<String> modifiers) {

        public Service {
            Objects.requireNonNull(procedureCode, "procedureCode");
            modifiers = List.copyOf(modifiers);
        }
    }
}
