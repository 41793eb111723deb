package io.claimline.x12.eligibility;

import io.claimline.x12.ImplementationGuide;
import java.util.Map;

/** The two transaction sets of HIPAA guide 005010X279A1 (eligibility inquiry and response). */
public final class EligibilityGuides {

    public static final String VERSION = "005010X279A1";

    /** HL03 level codes: 20 information source, 21 information receiver, 22 subscriber, 23 dependent. */
    private static final Map<String, String> LEVELS = Map.of("20", "", "21", "20", "22", "21", "23", "22");

    public static final ImplementationGuide INQUIRY_270 = new ImplementationGuide("270", "HS", VERSION, LEVELS);
    public static final ImplementationGuide RESPONSE_271 = new ImplementationGuide("271", "HB", VERSION, LEVELS);

    private EligibilityGuides() {
    }
}
