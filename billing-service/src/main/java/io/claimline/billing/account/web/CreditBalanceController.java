package io.claimline.billing.account.web;

import io.claimline.billing.account.query.LedgerQueries;
import io.claimline.platform.kernel.Fields;
import io.claimline.platform.security.CurrentActor;
import io.claimline.platform.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Credit balances (overpayments by a patient or a payer) of the clinic: the list a manager reviews for refunds. */
@RestController
@Tag(name = "Ledger")
class CreditBalanceController {

    private final LedgerQueries ledger;

    CreditBalanceController(LedgerQueries ledger) {
        this.ledger = ledger;
    }

    @Operation(summary = "Credit balances for refund review",
            description = "Every responsibility of every account whose balance is below zero, largest credit first, "
                    + "paged (page from 0, size ≤ 500).")
    @RolesAllowed({Roles.BILLER, Roles.MANAGER, Roles.AUDITOR})
    @GetMapping(path = "/api/billing/credit-balances", produces = MediaType.APPLICATION_JSON_VALUE)
    List<LedgerQueries.Credit> credits(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        Fields fields = new Fields();
        fields.check("page", page >= 0, "must not be negative");
        fields.check("size", size >= 1 && size <= 500, "must be 1 to 500");
        fields.throwIfInvalid();
        return ledger.credits(CurrentActor.get().clinicId(), page * size, size);
    }
}
