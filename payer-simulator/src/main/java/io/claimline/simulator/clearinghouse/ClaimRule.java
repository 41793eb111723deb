package io.claimline.simulator.clearinghouse;

import java.util.regex.Pattern;

/**
 * One claim rule: which subscriber member ids it matches (exactly one of {@code memberId}, {@code memberIdPrefix},
 * {@code memberIdPattern}: exact, prefix or a regular expression over the whole id) and what it answers. The other
 * settings refine the answer of one outcome and have defaults:
 * <ul>
 * <li>reject-interchange: {@code noteCode}, TA105 (default 024, invalid interchange content);</li>
 * <li>reject-transaction-set: {@code segment} (IK301, default NM1), {@code loop} (IK303, default 2010BA),
 * {@code element} (IK401, default 9), {@code elementReference} (IK402, the data element number, default 67) and
 * {@code elementError} (IK403, default 7, invalid code value);</li>
 * <li>reject-claim: {@code status}, STC01-1:STC01-2 (default A7:562) and {@code entity}, STC01-3 (default 85:
 * 562 is "entity's National Provider Identifier", which names a provider).</li>
 * </ul>
 */
public record ClaimRule(String name, String memberId, String memberIdPrefix, String memberIdPattern,
        ClaimOutcome outcome, String noteCode, String segment, String loop, Integer element,
        String elementReference, String elementError, String status, String entity) {

    private static final Pattern NOTE_CODE = Pattern.compile("\\d{3}");
    private static final Pattern STATUS = Pattern.compile("[A-Z][0-9A-Z]?:\\d{1,5}");

    public ClaimRule {
        int matchers = (memberId == null ? 0 : 1) + (memberIdPrefix == null ? 0 : 1)
                + (memberIdPattern == null ? 0 : 1);
        if (matchers != 1) {
            throw new IllegalArgumentException("claim rule '" + name + "' needs exactly one of member-id, "
                    + "member-id-prefix, member-id-pattern");
        }
        if (outcome == null) {
            throw new IllegalArgumentException("claim rule '" + name + "' needs an outcome");
        }
        if (memberIdPattern != null) {
            Pattern.compile(memberIdPattern);
        }
        noteCode = noteCode == null ? "024" : noteCode;
        segment = segment == null ? "NM1" : segment;
        loop = loop == null ? "2010BA" : loop;
        element = element == null ? 9 : element;
        elementReference = elementReference == null ? "67" : elementReference;
        elementError = elementError == null ? "7" : elementError;
        status = status == null ? "A7:562" : status;
        entity = entity == null ? "85" : entity;
        if (!NOTE_CODE.matcher(noteCode).matches() || noteCode.equals("000")) {
            throw new IllegalArgumentException("claim rule '" + name + "': note-code must be a TA105 code other "
                    + "than 000");
        }
        if (!STATUS.matcher(status).matches()) {
            throw new IllegalArgumentException("claim rule '" + name + "': status must be category:status, e.g. "
                    + "A7:562");
        }
        if (element < 1) {
            throw new IllegalArgumentException("claim rule '" + name + "': element must be 1 or more");
        }
    }

    boolean matches(String member) {
        if (member == null) {
            return false;
        }
        if (memberId != null) {
            return memberId.equals(member);
        }
        if (memberIdPrefix != null) {
            return member.startsWith(memberIdPrefix);
        }
        return Pattern.compile(memberIdPattern).matcher(member).matches();
    }

    /** STC01 of a rejected claim: category, status and (when set) entity. */
    String[] statusComponents() {
        return (entity.isEmpty() ? status : status + ":" + entity).split(":");
    }
}
