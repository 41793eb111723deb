package io.claimline.x12.claim;

import io.claimline.x12.X12Text;

/** Loop 1000B: the clearinghouse or payer receiving the file (NM1*40*2 ... 46). */
public record Receiver(String organizationName, String receiverId) {

    public Receiver {
        organizationName = X12Text.requireText("receiver.organizationName", organizationName, 60);
        X12Text.requireIdentifier("receiver.receiverId", receiverId, 2, 80);
    }
}
