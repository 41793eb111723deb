package io.claimline.x12.ack;

import java.util.Map;

/** TA105 Interchange Note Code (X12 element I18, 005010 control standard) in plain English. */
final class InterchangeNoteCodes {

    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("000", "No error"),
            Map.entry("001", "The interchange control number in the header and trailer do not match"),
            Map.entry("002", "This standard as noted in the control standards identifier is not supported"),
            Map.entry("003", "This version of the controls is not supported"),
            Map.entry("004", "The segment terminator is invalid"),
            Map.entry("005", "Invalid interchange ID qualifier for sender"),
            Map.entry("006", "Invalid interchange sender ID"),
            Map.entry("007", "Invalid interchange ID qualifier for receiver"),
            Map.entry("008", "Invalid interchange receiver ID"),
            Map.entry("009", "Unknown interchange receiver ID"),
            Map.entry("010", "Invalid authorization information qualifier value"),
            Map.entry("011", "Invalid authorization information value"),
            Map.entry("012", "Invalid security information qualifier value"),
            Map.entry("013", "Invalid security information value"),
            Map.entry("014", "Invalid interchange date value"),
            Map.entry("015", "Invalid interchange time value"),
            Map.entry("016", "Invalid interchange standards identifier value"),
            Map.entry("017", "Invalid interchange version ID value"),
            Map.entry("018", "Invalid interchange control number value"),
            Map.entry("019", "Invalid acknowledgment requested value"),
            Map.entry("020", "Invalid test indicator value"),
            Map.entry("021", "Invalid number of included groups value"),
            Map.entry("022", "Invalid control structure"),
            Map.entry("023", "Improper (premature) end-of-file (transmission)"),
            Map.entry("024", "Invalid interchange content (e.g. invalid GS segment)"),
            Map.entry("025", "Duplicate interchange control number"),
            Map.entry("026", "Invalid data element separator"),
            Map.entry("027", "Invalid component element separator"),
            Map.entry("028", "Invalid delivery date in deferred delivery request"),
            Map.entry("029", "Invalid delivery time in deferred delivery request"),
            Map.entry("030", "Invalid delivery time code in deferred delivery request"),
            Map.entry("031", "Invalid grade of service code"));

    private InterchangeNoteCodes() {
    }

    static String describe(String code) {
        return DESCRIPTIONS.getOrDefault(code, "Interchange note code " + code);
    }
}
