package io.claimline.x12.claim;

import io.claimline.x12.X12Text;
import java.util.Optional;

/** Loop 2010BB: the payer billed (NM1*PR*2 ... PI with its payer id), and its address when known. */
public record Payer(String name, String payerId, Optional<Address> address) {

    public Payer {
        name = X12Text.requireText("payer.name", name, 60);
        X12Text.requireIdentifier("payer.payerId", payerId, 2, 80);
        Checks.optional("payer.address", address);
    }

    public Payer(String name, String payerId) {
        this(name, payerId, Optional.empty());
    }
}
