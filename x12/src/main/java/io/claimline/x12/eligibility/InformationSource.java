package io.claimline.x12.eligibility;

import io.claimline.x12.X12Text;

/** The payer asked (loop 2100A): its name and payer id (NM1*PR*2 ... PI). */
public record InformationSource(String payerName, String payerId) {

    public InformationSource {
        X12Text.requireText("source.payerName", payerName, 60);
        X12Text.requireIdentifier("source.payerId", payerId, 2, 80);
    }
}
