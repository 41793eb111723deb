package io.claimline.billing.statement.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Statement parcels for the delivery tests. */
final class Parcels {

    static final Instant NOW = Instant.parse("2026-12-01T14:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final String RECIPIENT = "ada.lovelace@example.org";
    static final String NOTICE = "Amount due: 125.00 USD by 2026-12-31. Pay at https://pay.example.org or call "
            + "555-0100.";

    private Parcels() {
    }

    static byte[] pdf(String marker) {
        return ("%PDF-1.7\n% statement " + marker + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    static StatementParcel print(String statementNumber, byte[] pdf) {
        return new StatementParcel("clinic-a", "stmt-" + statementNumber, statementNumber, Channel.PRINT, pdf,
                null, null);
    }

    static StatementParcel email(String statementNumber, byte[] pdf) {
        return new StatementParcel("clinic-a", "stmt-" + statementNumber, statementNumber, Channel.EMAIL, pdf,
                RECIPIENT, NOTICE);
    }
}
