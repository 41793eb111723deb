package io.claimline.x12.ack;

import java.util.Map;

/**
 * The 999's error code lists in plain English: IK304 (element 620), IK403 (621) and IK502-IK506 (618), as
 * 005010X231A1 allows them. An unknown code (a later guide) is described by its number rather than refused, since
 * the schema has already checked the codes this guide allows.
 */
final class AckCodes {

    private static final Map<String, String> SEGMENT = Map.ofEntries(
            Map.entry("1", "Unrecognized segment ID"),
            Map.entry("2", "Unexpected segment"),
            Map.entry("3", "Required segment missing"),
            Map.entry("4", "Loop occurs over maximum times"),
            Map.entry("5", "Segment exceeds maximum use"),
            Map.entry("6", "Segment not in defined transaction set"),
            Map.entry("7", "Segment not in proper sequence"),
            Map.entry("8", "Segment has data element errors"),
            Map.entry("I4", "Implementation \"not used\" segment present"),
            Map.entry("I6", "Implementation dependent segment missing"),
            Map.entry("I7", "Implementation loop occurs under minimum times"),
            Map.entry("I8", "Implementation segment below minimum use"),
            Map.entry("I9", "Implementation dependent \"not used\" segment present"));

    private static final Map<String, String> ELEMENT = Map.ofEntries(
            Map.entry("1", "Required data element missing"),
            Map.entry("2", "Conditional required data element missing"),
            Map.entry("3", "Too many data elements"),
            Map.entry("4", "Data element too short"),
            Map.entry("5", "Data element too long"),
            Map.entry("6", "Invalid character in data element"),
            Map.entry("7", "Invalid code value"),
            Map.entry("8", "Invalid date"),
            Map.entry("9", "Invalid time"),
            Map.entry("10", "Exclusion condition violated"),
            Map.entry("12", "Too many repetitions"),
            Map.entry("13", "Too many components"),
            Map.entry("I6", "Code value not used in implementation"),
            Map.entry("I9", "Implementation dependent data element missing"),
            Map.entry("I10", "Implementation \"not used\" data element present"),
            Map.entry("I11", "Implementation too few repetitions"),
            Map.entry("I12", "Implementation pattern match failure"),
            Map.entry("I13", "Implementation dependent \"not used\" data element present"));

    private static final Map<String, String> TRANSACTION_SET = Map.ofEntries(
            Map.entry("1", "Transaction set not supported"),
            Map.entry("2", "Transaction set trailer missing"),
            Map.entry("3", "Transaction set control number in header and trailer do not match"),
            Map.entry("4", "Number of included segments does not match actual count"),
            Map.entry("5", "One or more segments in error"),
            Map.entry("6", "Missing or invalid transaction set identifier"),
            Map.entry("7", "Missing or invalid transaction set control number"),
            Map.entry("8", "Authentication key name unknown"),
            Map.entry("9", "Encryption key name unknown"),
            Map.entry("10", "Requested service (authentication or encryption) not available"),
            Map.entry("11", "Unknown security recipient"),
            Map.entry("12", "Incorrect message length (encryption only)"),
            Map.entry("13", "Message authentication code failed"),
            Map.entry("15", "Unknown security originator"),
            Map.entry("16", "Syntax error in decrypted text"),
            Map.entry("17", "Security not supported"),
            Map.entry("18", "Transaction set not in functional group"),
            Map.entry("19", "Invalid transaction set implementation convention reference"),
            Map.entry("23", "Transaction set control number not unique within the functional group"),
            Map.entry("24", "S3E security end segment missing for S3S security start segment"),
            Map.entry("25", "S3S security start segment missing for S3E security end segment"),
            Map.entry("26", "S4E security end segment missing for S4S security start segment"),
            Map.entry("27", "S4S security start segment missing for S4E security end segment"),
            Map.entry("I5", "Implementation one or more segments in error"),
            Map.entry("I6", "Implementation convention not supported"));

    private AckCodes() {
    }

    static String segmentError(String code) {
        return code.isEmpty() ? "" : SEGMENT.getOrDefault(code, "Segment error code " + code);
    }

    static String elementError(String code) {
        return ELEMENT.getOrDefault(code, "Element error code " + code);
    }

    static String transactionSetError(String code) {
        return TRANSACTION_SET.getOrDefault(code, "Transaction set error code " + code);
    }
}
