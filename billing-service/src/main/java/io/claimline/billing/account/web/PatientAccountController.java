package io.claimline.billing.account.web;

import io.claimline.billing.account.api.AccountId;
import io.claimline.billing.account.query.PatientAccountProjection;
import io.claimline.billing.account.query.PatientAccountSummary;
import io.claimline.platform.security.CurrentActor;
import io.claimline.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.claimline.platform.kernel.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/billing/accounts", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Patient accounts", description = "Guarantor accounts: the ledgers of whoever pays for patients")
class PatientAccountController {

    private final PatientAccountProjection accounts;

    PatientAccountController(PatientAccountProjection accounts) {
        this.accounts = accounts;
    }

    @Operation(summary = "Read a guarantor account",
            description = "The account id is the guarantor's id: the patient's own for a patient who is their own "
                    + "guarantor. A merged account's id answers with the account it was merged into.")
    @RolesAllowed({Roles.FRONT_DESK, Roles.BILLER, Roles.COLLECTIONS, Roles.MANAGER, Roles.AUDITOR, Roles.CLINIC_SYSTEM})
    @GetMapping("/{accountId}")
    PatientAccountSummary get(@PathVariable UUID accountId) {
        return accounts.find(new AccountId(accountId), CurrentActor.get().clinicId())
                .orElseThrow(() -> new NotFoundException("account"));
    }
}
