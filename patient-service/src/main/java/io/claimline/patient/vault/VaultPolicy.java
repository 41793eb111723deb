package io.claimline.patient.vault;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which purposes of use each service identity may state (minimum necessary: claims-service has no business with
 * collection notices). A service that is not listed may not use the vault at all.
 */
@ConfigurationProperties("claimline.vault")
public record VaultPolicy(Map<String, List<String>> purposes) {

    public VaultPolicy {
        purposes = purposes == null ? Map.of() : Map.copyOf(purposes);
    }

    public boolean allows(String service, String purpose) {
        return purposes.getOrDefault(service, List.of()).contains(purpose);
    }
}
