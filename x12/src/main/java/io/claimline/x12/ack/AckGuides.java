package io.claimline.x12.ack;

import io.claimline.x12.ImplementationGuide;
import java.util.Map;

/** The 999 implementation acknowledgement, HIPAA guide 005010X231A1 (functional group FA, no HL tree). */
public final class AckGuides {

    public static final String VERSION_999 = "005010X231A1";

    public static final ImplementationGuide ACK_999 = new ImplementationGuide("999", "FA", VERSION_999, Map.of());

    private AckGuides() {
    }
}
