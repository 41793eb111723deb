package io.claimline.x12.ack;

import java.util.Map;
import java.util.Set;

/**
 * Words for the codes of a 277CA's STC composites, so a rejection can be shown as text: claim status category codes
 * (code list 507, STCxx-1), the most used claim status codes (code list 508, STCxx-2) and the entity codes a
 * 277CA names in STCxx-3 (element 98). The lists are external to the 005010X214 guide and maintained by X12; only
 * codes whose wording we are sure of are described. Any other code gets a neutral text naming its number
 * ("claim status code 999"), never an error: the status code list grows several times a year.
 *
 * <p>Categories are different: {@link #isCategory} is the whole code list 507 as the model accepts it, because the
 * category decides what a claim's acknowledgement means (see {@link StatusCode.Outcome}).
 */
public final class ClaimStatusCodes {

    /**
     * Code list 507. A = acknowledgements (what a 277CA carries), D/E = search or response not possible,
     * F = finalized, P = pending, R/RQ = requests for additional information (claim status 277 answers).
     */
    private static final Set<String> CATEGORIES = Set.of(
            "A0", "A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8",
            "D0", "E0", "E1", "E2", "E3", "E4",
            "F0", "F1", "F2", "F3", "F3F", "F3N", "F4", "F5",
            "P0", "P1", "P2", "P3", "P4", "P5",
            "R0", "R1", "R3", "R4", "R5", "R6", "R7", "R8", "R9", "R10", "R11", "R12", "R13", "R14", "R15",
            "R16", "RQ");

    private static final Map<String, String> CATEGORY_WORDS = Map.ofEntries(
            Map.entry("A0", "Acknowledgement/Forwarded"),
            Map.entry("A1", "Acknowledgement/Receipt"),
            Map.entry("A2", "Acknowledgement/Acceptance into adjudication system"),
            Map.entry("A3", "Acknowledgement/Returned as unprocessable claim"),
            Map.entry("A4", "Acknowledgement/Not found"),
            Map.entry("A5", "Acknowledgement/Split claim"),
            Map.entry("A6", "Acknowledgement/Rejected for missing information"),
            Map.entry("A7", "Acknowledgement/Rejected for invalid information"),
            Map.entry("A8", "Acknowledgement/Rejected for relational field in error"),
            Map.entry("D0", "Data search unsuccessful"),
            Map.entry("E0", "Response not possible - error on submitted request data"),
            Map.entry("E1", "Response not possible - system status"),
            Map.entry("E2", "Information holder is not responding; resubmit at a later time"),
            Map.entry("E3", "Correction required - relational fields in error"),
            Map.entry("E4", "Trading partner agreement specific requirement not met: data correction required"),
            Map.entry("F0", "Finalized"),
            Map.entry("F1", "Finalized/Payment"),
            Map.entry("F2", "Finalized/Denial"),
            Map.entry("F3", "Finalized/Revised"),
            Map.entry("P0", "Pending: adjudication/details"),
            Map.entry("P1", "Pending/In process"),
            Map.entry("P2", "Pending/Payer review"),
            Map.entry("P3", "Pending/Provider requested information"),
            Map.entry("P4", "Pending/Patient requested information"),
            Map.entry("R0", "Requests for additional information/General requests"),
            Map.entry("R1", "Requests for additional information/Entity requests"),
            Map.entry("R3", "Requests for additional information/Claim/Line"),
            Map.entry("R4", "Requests for additional information/Documentation"));

    private static final Map<String, String> STATUS_WORDS = Map.ofEntries(
            Map.entry("0", "Cannot provide further status electronically."),
            Map.entry("1", "For more detailed information, see remittance advice."),
            Map.entry("3", "Claim has been adjudicated and is awaiting payment cycle."),
            Map.entry("19", "Entity acknowledges receipt of claim/encounter."),
            Map.entry("20", "Accepted for processing."),
            Map.entry("21", "Missing or invalid information."),
            Map.entry("33", "Subscriber and subscriber id not found."),
            Map.entry("116", "Claim submitted to incorrect payer."),
            Map.entry("145", "Entity's primary identifier."),
            Map.entry("164", "Entity's contract/member number."),
            Map.entry("187", "Date(s) of service."),
            Map.entry("400", "Claim is out of balance."),
            Map.entry("454", "Procedure code for services rendered."),
            Map.entry("455", "Revenue code for services rendered."),
            Map.entry("562", "Entity's National Provider Identifier (NPI)."),
            Map.entry("732", "Information submitted inconsistent with billing guidelines."));

    private static final Map<String, String> ENTITY_WORDS = Map.ofEntries(
            Map.entry("03", "Dependent"),
            Map.entry("1P", "Provider"),
            Map.entry("36", "Employer"),
            Map.entry("40", "Receiver"),
            Map.entry("41", "Submitter"),
            Map.entry("71", "Attending Physician"),
            Map.entry("72", "Operating Physician"),
            Map.entry("73", "Other Physician"),
            Map.entry("77", "Service Location"),
            Map.entry("82", "Rendering Provider"),
            Map.entry("85", "Billing Provider"),
            Map.entry("87", "Pay-to Provider"),
            Map.entry("AY", "Clearinghouse"),
            Map.entry("DK", "Ordering Physician"),
            Map.entry("DN", "Referring Provider"),
            Map.entry("DQ", "Supervising Physician"),
            Map.entry("FA", "Facility"),
            Map.entry("GB", "Other Insured"),
            Map.entry("HK", "Subscriber"),
            Map.entry("IL", "Insured or Subscriber"),
            Map.entry("LI", "Independent Lab"),
            Map.entry("PR", "Payer"),
            Map.entry("QC", "Patient"),
            Map.entry("TL", "Testing Laboratory"));

    private ClaimStatusCodes() {
    }

    /** Whether the code is a claim status category of code list 507. */
    public static boolean isCategory(String code) {
        return code != null && CATEGORIES.contains(code);
    }

    /** The category in words, e.g. A7 "Acknowledgement/Rejected for invalid information". */
    public static String category(String code) {
        return CATEGORY_WORDS.getOrDefault(code, "claim status category " + code);
    }

    /** The status in words, e.g. 562 "Entity's National Provider Identifier (NPI)."; else "claim status code N". */
    public static String status(String code) {
        return STATUS_WORDS.getOrDefault(code, "claim status code " + code);
    }

    /** The entity in words, e.g. 85 "Billing Provider"; else "entity N". */
    public static String entity(String code) {
        return ENTITY_WORDS.getOrDefault(code, "entity " + code);
    }
}
