package io.claimline.patient.payer.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The claim filing indicator codes of X12 005010X222A1 (837P), element SBR09, with their names: the kind of
 * coverage a payer's claims are filed under. The full list of the version, so no valid 837 value is refused.
 */
public final class ClaimFilingIndicators {

    public static final Map<String, String> CODES;

    static {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("11", "Other Non-Federal Programs");
        codes.put("12", "Preferred Provider Organization (PPO)");
        codes.put("13", "Point of Service (POS)");
        codes.put("14", "Exclusive Provider Organization (EPO)");
        codes.put("15", "Indemnity Insurance");
        codes.put("16", "Health Maintenance Organization (HMO) Medicare Risk");
        codes.put("17", "Dental Maintenance Organization");
        codes.put("AM", "Automobile Medical");
        codes.put("BL", "Blue Cross/Blue Shield");
        codes.put("CH", "Champus");
        codes.put("CI", "Commercial Insurance Co.");
        codes.put("DS", "Disability");
        codes.put("FI", "Federal Employees Program");
        codes.put("HM", "Health Maintenance Organization");
        codes.put("LM", "Liability Medical");
        codes.put("MA", "Medicare Part A");
        codes.put("MB", "Medicare Part B");
        codes.put("MC", "Medicaid");
        codes.put("OF", "Other Federal Program");
        codes.put("TV", "Title V");
        codes.put("VA", "Veterans Affairs Plan");
        codes.put("WC", "Workers' Compensation Health Claim");
        codes.put("ZZ", "Mutually Defined");
        CODES = Collections.unmodifiableMap(codes);
    }

    private ClaimFilingIndicators() {
    }
}
