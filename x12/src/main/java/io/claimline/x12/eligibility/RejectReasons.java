package io.claimline.x12.eligibility;

import java.util.Map;

/** Plain-English wording of the AAA reject reason (AAA03) and follow-up action (AAA04) codes of 005010X279A1. */
final class RejectReasons {

    private static final Map<String, String> REASONS = Map.ofEntries(
            Map.entry("04", "Authorized quantity exceeded"),
            Map.entry("15", "Required application data missing"),
            Map.entry("33", "Input errors"),
            Map.entry("35", "Out of network"),
            Map.entry("41", "Authorization or access restrictions"),
            Map.entry("42", "Unable to respond at current time"),
            Map.entry("43", "Invalid or missing provider identification"),
            Map.entry("44", "Invalid or missing provider name"),
            Map.entry("45", "Invalid or missing provider specialty"),
            Map.entry("46", "Invalid or missing provider phone number"),
            Map.entry("47", "Invalid or missing provider state"),
            Map.entry("48", "Invalid or missing referring provider identification number"),
            Map.entry("49", "Provider is not primary care physician"),
            Map.entry("50", "Provider ineligible for inquiries"),
            Map.entry("51", "Provider not on file"),
            Map.entry("52", "Service dates not within provider plan enrollment"),
            Map.entry("53", "Inquired benefit inconsistent with provider type"),
            Map.entry("54", "Inappropriate product or service ID qualifier"),
            Map.entry("55", "Inappropriate product or service ID"),
            Map.entry("56", "Inappropriate date"),
            Map.entry("57", "Invalid or missing date(s) of service"),
            Map.entry("58", "Invalid or missing date of birth"),
            Map.entry("60", "Date of birth follows date(s) of service"),
            Map.entry("61", "Date of death precedes date(s) of service"),
            Map.entry("62", "Date of service not within allowable inquiry period"),
            Map.entry("63", "Date of service in future"),
            Map.entry("64", "Invalid or missing patient ID"),
            Map.entry("65", "Invalid or missing patient name"),
            Map.entry("66", "Invalid or missing patient gender code"),
            Map.entry("67", "Patient not found"),
            Map.entry("68", "Duplicate patient ID number"),
            Map.entry("69", "Inconsistent with patient's age"),
            Map.entry("70", "Inconsistent with patient's gender"),
            Map.entry("71", "Patient birth date does not match that for the patient on the database"),
            Map.entry("72", "Invalid or missing subscriber/insured ID"),
            Map.entry("73", "Invalid or missing subscriber/insured name"),
            Map.entry("74", "Invalid or missing subscriber/insured gender code"),
            Map.entry("75", "Subscriber/insured not found"),
            Map.entry("76", "Duplicate subscriber/insured ID number"),
            Map.entry("77", "Subscriber found, patient not found"),
            Map.entry("78", "Subscriber/insured not in group/plan identified"),
            Map.entry("79", "Invalid participant identification"),
            Map.entry("80", "No response received, transaction terminated"),
            Map.entry("97", "Invalid or missing provider address"),
            Map.entry("98", "Experimental service or procedure"),
            Map.entry("AA", "Authorization number not found"),
            Map.entry("AE", "Requires primary care physician authorization"),
            Map.entry("AF", "Invalid or missing diagnosis code(s)"),
            Map.entry("AG", "Invalid or missing procedure code(s)"),
            Map.entry("AO", "Additional patient condition information required"),
            Map.entry("CI", "Certification information does not match patient"),
            Map.entry("E8", "Requires medical review"),
            Map.entry("IA", "Invalid authorization number format"),
            Map.entry("MA", "Missing authorization"),
            Map.entry("T4", "Payer name or identifier missing"));

    private static final Map<String, String> FOLLOW_UPS = Map.of(
            "C", "Please correct and resubmit",
            "N", "Resubmission not allowed",
            "P", "Please resubmit original transaction",
            "R", "Resubmission allowed",
            "S", "Do not resubmit; inquiry initiated to a third party",
            "W", "Please wait 30 days and resubmit",
            "X", "Please wait 10 days and resubmit",
            "Y", "Do not resubmit; we will hand over to the appropriate party");

    private RejectReasons() {
    }

    static String reason(String code) {
        return REASONS.getOrDefault(code, "Reject reason code " + code);
    }

    static String followUp(String code) {
        return FOLLOW_UPS.getOrDefault(code, "Follow-up action code " + code);
    }
}
