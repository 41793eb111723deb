package io.claimline.x12.claim;

import io.claimline.x12.ImplementationGuide;
import java.util.Map;

/** The professional claim transaction set of HIPAA guide 005010X222A1 (837P). */
public final class ClaimGuides {

    public static final String VERSION = "005010X222A1";

    /** HL03 level codes: 20 billing provider, 22 subscriber, 23 patient (when not the subscriber). */
    private static final Map<String, String> LEVELS = Map.of("20", "", "22", "20", "23", "22");

    public static final ImplementationGuide PROFESSIONAL_837 = new ImplementationGuide("837", "HC", VERSION, LEVELS);

    private ClaimGuides() {
    }
}
