package io.claimline.x12;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * What a received X12 file is, told from its envelope, never from its name: an inbound poller routes each file to
 * the reader of its kind, which then validates it completely. The envelope is validated here (structure, control
 * numbers, counts, version 00501); a file that is malformed, or not one of the kinds below, is refused with
 * {@link X12RejectedException} (segment position and reason, never a value).
 *
 * <p>A kind is named by the functional group (GS01 and GS08) and transaction set (ST01 and ST03, which must agree
 * with GS08) of every group in the interchange; an interchange with no group and a TA1 is a TA1. A TA1 sent along
 * with a group does not change the group's kind.
 */
public enum X12FileKind {

    /** TA1 interchange acknowledgement: ISA, TA1, IEA and no functional group. Read it with {@code Ta1Reader}. */
    INTERCHANGE_ACKNOWLEDGEMENT(null, null, null),
    /** 999 implementation acknowledgement, 005010X231A1 (GS01 FA). Read it with {@code Ack999Reader}. */
    IMPLEMENTATION_ACKNOWLEDGEMENT("FA", "999", "005010X231A1"),
    /** 277CA health care claim acknowledgement, 005010X214 (GS01 HN). Read it with {@code ClaimAcknowledgement277Reader}. */
    CLAIM_ACKNOWLEDGEMENT("HN", "277", "005010X214"),
    /** 837P professional claims, 005010X222A1 (GS01 HC). Read it with {@code Claim837Reader}. */
    PROFESSIONAL_CLAIM("HC", "837", "005010X222A1");

    private final String functionalIdentifierCode;
    private final String transactionSetId;
    private final String version;

    X12FileKind(String functionalIdentifierCode, String transactionSetId, String version) {
        this.functionalIdentifierCode = functionalIdentifierCode;
        this.transactionSetId = transactionSetId;
        this.version = version;
    }

    public static X12FileKind of(String interchange) {
        return of(interchange, ReadLimits.DEFAULT);
    }

    public static X12FileKind of(String interchange, ReadLimits limits) {
        return classify(X12Reader.readEnvelope(interchange, limits));
    }

    public static X12FileKind of(InputStream interchange) {
        return of(interchange, ReadLimits.DEFAULT);
    }

    public static X12FileKind of(InputStream interchange, ReadLimits limits) {
        return classify(X12Reader.readEnvelope(interchange, limits));
    }

    private static X12FileKind classify(List<Segment> segments) {
        List<X12Error> errors = new ArrayList<>();
        X12FileKind kind = null;
        Segment group = null;
        boolean ta1 = false;
        for (Segment segment : segments) {
            switch (segment.id()) {
                case "TA1" -> ta1 = true;
                case "GS" -> group = segment;
                case "ST" -> {
                    X12FileKind found = match(group, segment);
                    if (found == null) {
                        errors.add(new X12Error(segment.position(), "ST", 1, "not a transaction set Claimline reads "
                                + "(999 005010X231A1, 277CA 005010X214, 837P 005010X222A1, in their functional "
                                + "groups FA, HN, HC)"));
                    } else if (kind != null && kind != found) {
                        errors.add(new X12Error(segment.position(), "ST", 1,
                                "transaction sets of different kinds in one interchange"));
                    } else {
                        kind = found;
                    }
                }
                default -> {
                    // the envelope's other segments and the sets' content say nothing about the kind
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new X12RejectedException(errors);
        }
        if (kind != null) {
            return kind;
        }
        if (ta1 && group == null) {
            return INTERCHANGE_ACKNOWLEDGEMENT;
        }
        Segment last = segments.get(segments.size() - 1);
        throw new X12RejectedException(List.of(new X12Error(last.position(), null, null,
                "no transaction set and no TA1 in the interchange")));
    }

    private static X12FileKind match(Segment gs, Segment st) {
        String version = gs.value(8);
        if (!st.value(3).isEmpty() && !st.value(3).equals(version)) {
            return null;
        }
        for (X12FileKind kind : values()) {
            if (kind.transactionSetId != null && kind.functionalIdentifierCode.equals(gs.value(1))
                    && kind.transactionSetId.equals(st.value(1)) && kind.version.equals(version)) {
                return kind;
            }
        }
        return null;
    }
}
