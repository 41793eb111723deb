package io.claimline.x12.ack;

import io.claimline.x12.ImplementationGuide;
import java.util.Map;

/**
 * The acknowledgement transaction sets: the 999 implementation acknowledgement, HIPAA guide 005010X231A1
 * (functional group FA, no HL tree), and the 277CA health care claim acknowledgement, guide 005010X214
 * (functional group HN).
 */
public final class AckGuides {

    public static final String VERSION_999 = "005010X231A1";

    public static final ImplementationGuide ACK_999 = new ImplementationGuide("999", "FA", VERSION_999, Map.of());

    public static final String VERSION_277CA = "005010X214";

    /** HL03 level codes: 20 information source, 21 information receiver, 19 billing provider, PT patient. */
    private static final Map<String, String> LEVELS_277CA = Map.of("20", "", "21", "20", "19", "21", "PT", "19");

    public static final ImplementationGuide CLAIM_ACK_277 =
            new ImplementationGuide("277", "HN", VERSION_277CA, LEVELS_277CA);

    private AckGuides() {
    }
}
