package io.claimline.x12.ack;

import java.util.Objects;

/**
 * What a 999 says about the group it answers besides control numbers: AK101 (the group's GS01), AK201 (its ST01)
 * and AK103/AK203 (its guide version).
 */
public record AcknowledgedGroup(String functionalIdentifierCode, String transactionSetId, String version) {

    /** Our 837P claim files (GS01 HC, ST01 837, 005010X222A1). */
    public static final AcknowledgedGroup PROFESSIONAL_CLAIMS =
            new AcknowledgedGroup("HC", "837", "005010X222A1");

    public AcknowledgedGroup {
        Objects.requireNonNull(functionalIdentifierCode, "functionalIdentifierCode");
        Objects.requireNonNull(transactionSetId, "transactionSetId");
        Objects.requireNonNull(version, "version");
    }
}
