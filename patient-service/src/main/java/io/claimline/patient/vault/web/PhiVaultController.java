package io.claimline.patient.vault.web;

import io.claimline.patient.vault.VaultKeeper;
import io.claimline.patient.vault.VaultPolicy;
import io.claimline.patient.vault.record.PhiAccessEntry;
import io.claimline.platform.phi.PhiVault;
import io.claimline.platform.phi.PhiVaultApi;
import io.claimline.platform.phi.PurposeOfUse;
import io.claimline.platform.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The PHI vault's API for other Claimline services (not routed by the gateway). The caller is a service identity
 * (role {@code service}, no clinic); the request names the clinic, the user the service acts for, and a purpose of
 * use the service may state. Refusals of well-formed calls are recorded like any other access.
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "PHI vault", description = "Opens and seals patients' PHI for other Claimline services")
@RolesAllowed(Roles.SERVICE)
class PhiVaultController {

    static final int MAX_ITEMS = PhiVaultApi.MAX_ITEMS;
    static final int MAX_VALUE_LENGTH = 2000;
    private static final Pattern CLINIC = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final Pattern USER = Pattern.compile("[\\x21-\\x7E]{1,200}");
    private static final Pattern FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9_.]{0,63}");

    private final VaultKeeper keeper;
    private final VaultPolicy policy;

    PhiVaultController(VaultKeeper keeper, VaultPolicy policy) {
        this.keeper = keeper;
        this.policy = policy;
    }

    @Operation(summary = "Open sealed PHI", description = "Each item answers opened, erased or not_found on its own.")
    @PostMapping(path = PhiVaultApi.OPEN_PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
    PhiVaultApi.OpenResponse open(@RequestBody PhiVaultApi.OpenRequest request) {
        List<PhiVault.SealedField> items = checked(request.items(), PhiVault.SealedField::patientId,
                PhiVault.SealedField::field);
        items.forEach(item -> require(item.value() != null && item.value().keyId() != null
                && item.value().ciphertext() != null, "items[].value must hold keyId and ciphertext"));
        PhiVault.PhiAccess access = access(PhiAccessEntry.OPEN, request.clinicId(), request.onBehalfOf(),
                request.purpose(), items.stream().map(i -> new PhiAccessEntry.Item(i.patientId(), i.field(), "refused"))
                        .toList());
        return new PhiVaultApi.OpenResponse(keeper.open(service(), access, items));
    }

    @Operation(summary = "Seal PHI under patients' keys",
            description = "For PHI that first arrives in another service; each item answers sealed, erased or "
                    + "not_found on its own.")
    @PostMapping(path = PhiVaultApi.SEAL_PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
    PhiVaultApi.SealResponse seal(@RequestBody PhiVaultApi.SealRequest request) {
        List<PhiVault.PlainField> items = checked(request.items(), PhiVault.PlainField::patientId,
                PhiVault.PlainField::field);
        items.forEach(item -> require(item.value() != null && item.value().length() <= MAX_VALUE_LENGTH,
                "items[].value is required and at most " + MAX_VALUE_LENGTH + " characters"));
        PhiVault.PhiAccess access = access(PhiAccessEntry.SEAL, request.clinicId(), request.onBehalfOf(),
                request.purpose(), items.stream().map(i -> new PhiAccessEntry.Item(i.patientId(), i.field(), "refused"))
                        .toList());
        return new PhiVaultApi.SealResponse(keeper.seal(service(), access, items));
    }

    /**
     * The purpose is checked after the shape of the request, so that the refusal can be recorded with who asked,
     * for whom and for which patients.
     */
    private PhiVault.PhiAccess access(String operation, String clinicId, String onBehalfOf, String purposeCode,
            List<PhiAccessEntry.Item> refusedItems) {
        require(clinicId != null && CLINIC.matcher(clinicId).matches(), "clinicId is required");
        require(onBehalfOf != null && USER.matcher(onBehalfOf).matches(),
                "onBehalfOf must name the user the service acts for");
        String service = service();
        var purpose = PurposeOfUse.fromCode(purposeCode);
        if (purpose.isEmpty()) {
            // Only a bounded value goes into the record and the metric labels.
            keeper.refuse(service, operation, clinicId, onBehalfOf, "unknown", "purpose is not on the list",
                    refusedItems);
            throw new IllegalArgumentException("purpose must be one of " + Arrays.stream(PurposeOfUse.values())
                    .map(PurposeOfUse::code).collect(Collectors.joining(", ")));
        }
        if (!policy.allows(service, purpose.get().code())) {
            keeper.refuse(service, operation, clinicId, onBehalfOf, purpose.get().code(),
                    "purpose not allowed for this service", refusedItems);
            throw new AccessDeniedException("purpose not allowed for this service");
        }
        return new PhiVault.PhiAccess(clinicId, onBehalfOf, purpose.get());
    }

    private static <T> List<T> checked(List<T> items, Function<T, String> patientId, Function<T, String> field) {
        require(items != null && !items.isEmpty() && items.size() <= MAX_ITEMS,
                "items must hold 1 to " + MAX_ITEMS + " entries");
        for (T item : items) {
            require(item != null && isUuid(patientId.apply(item)), "items[].patientId must be a patient id");
            require(field.apply(item) != null && FIELD.matcher(field.apply(item)).matches(),
                    "items[].field must be a field name such as givenName");
        }
        return items;
    }

    private static boolean isUuid(String value) {
        try {
            return value != null && UUID.fromString(value).toString().equals(value.toLowerCase());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void require(boolean condition, String rule) {
        if (!condition) {
            throw new IllegalArgumentException(rule);
        }
    }

    /** The calling service: the subject of its client-credentials token. */
    private static String service() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
