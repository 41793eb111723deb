package io.claimline.x12.ack;

import io.claimline.x12.X12Text;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The information source of a 277CA (2000A, 2100A, 2200A): the payer or clearinghouse that acknowledges.
 *
 * @param type        NM101: PR payer or AY clearinghouse
 * @param name        NM103, cleaned by the character rule
 * @param identifier  NM109: the payer id (written with NM108 PI) or the clearinghouse's id (46)
 * @param traceNumber TRN02 of TRN*1, the source's transmission receipt control identifier
 * @param receiptDate DTP*050, when the source received our batch
 * @param processDate DTP*009, when it processed it
 */
public record AcknowledgementSource(Type type, String name, String identifier, String traceNumber,
        LocalDate receiptDate, LocalDate processDate) {

    public AcknowledgementSource {
        Objects.requireNonNull(type, "source.type");
        name = X12Text.requireText("source.name", name, 60);
        X12Text.requireIdentifier("source.identifier", identifier, 2, 80);
        X12Text.requireIdentifier("source.traceNumber", traceNumber, 1, 50);
        ReportChecks.required("source.receiptDate", receiptDate);
        ReportChecks.required("source.processDate", processDate);
    }

    /** NM101 of 2100A. */
    public enum Type {
        PAYER("PR", "PI"), CLEARINGHOUSE("AY", "46");

        private final String code;
        private final String identifierQualifier;

        Type(String code, String identifierQualifier) {
            this.code = code;
            this.identifierQualifier = identifierQualifier;
        }

        public String code() {
            return code;
        }

        String identifierQualifier() {
            return identifierQualifier;
        }

        static Type ofCode(String code) {
            return code.equals("AY") ? CLEARINGHOUSE : PAYER;
        }
    }
}
