package io.claimline.patient.payer;

import io.claimline.patient.payer.api.PayerAddress;
import io.claimline.patient.payer.api.PayerDetails;

/** Test data: a valid payer as a caller sends it, and as the rules normalise it. */
final class Payers {

    private Payers() {
    }

    static PayerDetails aetnaAsSent() {
        return new PayerDetails(" Aetna ", " 60054 ", "ci", 90, 180, 180,
                new PayerAddress("PO Box 981106", null, "El Paso", "tx", "79998-1106"), "(888) 632-3862", true);
    }

    static PayerDetails aetna() {
        return new PayerDetails("Aetna", "60054", "CI", 90, 180, 180,
                new PayerAddress("PO Box 981106", null, "El Paso", "TX", "799981106"), "+18886323862", true);
    }

    static PayerDetails withEdiPayerId(PayerDetails details, String ediPayerId) {
        return new PayerDetails(details.name(), ediPayerId, details.claimFilingIndicator(),
                details.initialClaimDays(), details.correctedClaimDays(), details.appealDays(), details.address(),
                details.phone(), details.acceptsElectronicClaims());
    }
}
