package io.claimline.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimline.testsupport.TestInfrastructure;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The store on a real PostgreSQL with the platform's migrations: what is stored is ciphertext only (a canary in
 * the plaintext is found nowhere in the row), the same bytes are one row, and a row that was tampered with or moved
 * to another clinic fails instead of answering bytes.
 */
class EncryptedDocumentsIT {

    private static final String KEY = "dGVzdC1vbmx5LWRvY3VtZW50cy1rZXktMzItYnl0ZXM=";
    private static final Instant NOW = Instant.parse("2026-12-01T09:30:00Z");

    private final JdbcTemplate jdbc = database();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final EncryptedDocuments documents = new EncryptedDocuments(jdbc, new DocumentCipher(KEY, List.of()),
            Clock.fixed(NOW, ZoneOffset.UTC), meters);

    @Test
    void storesNoPlaintextAnywhereInTheRow() {
        String canary = "CANARY-" + UUID.randomUUID();
        byte[] content = ("%PDF-1.7 statement for patient " + canary + " amount due 125.00")
                .getBytes(StandardCharsets.UTF_8);

        DocumentRef ref = documents.store("clinic-a", "application/pdf", content);

        byte[] canaryBytes = canary.getBytes(StandardCharsets.UTF_8);
        byte[] raw = rawRows();
        assertThat(indexOf(raw, "clinic-a".getBytes(StandardCharsets.UTF_8))).as("the scan sees plaintext columns")
                .isNotNegative();
        assertThat(indexOf(raw, canaryBytes)).as("canary in the raw column bytes").isEqualTo(-1);
        String asText = jdbc.queryForObject("SELECT string_agg(d::text, '') FROM encrypted_documents d",
                String.class);
        assertThat(asText).doesNotContain(canary)
                .doesNotContain(HexFormat.of().formatHex(canaryBytes))
                .doesNotContain(Base64.getEncoder().encodeToString(canaryBytes));
        assertThat(documents.read("clinic-a", ref.sha256())).hasValue(content);
    }

    @Test
    void storesTheSameContentOnceAndAnswersTheSameRef() {
        byte[] content = "ISA*00*...~".getBytes(StandardCharsets.UTF_8);

        DocumentRef first = documents.store("clinic-a", "application/edi-x12", content);
        DocumentRef again = documents.store("clinic-a", "application/edi-x12", content);

        assertThat(again).isEqualTo(first)
                .isEqualTo(new DocumentRef(EncryptedDocuments.sha256(content), "application/edi-x12",
                        content.length));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM encrypted_documents", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT stored_at FROM encrypted_documents", Timestamp.class).toInstant())
                .isEqualTo(NOW);
        assertThat(meters.get(EncryptedDocuments.STORED_METRIC).tag("media_type", "application/edi-x12").counter()
                .count()).as("counted once: only new content is stored").isEqualTo(1);
        assertThat(meters.get(EncryptedDocuments.STORED_BYTES_METRIC).summary().totalAmount())
                .isEqualTo(content.length);
    }

    @Test
    void aClinicDoesNotFindAnotherClinicsDocument() {
        DocumentRef ref = documents.store("clinic-a", "application/pdf", "mine".getBytes(StandardCharsets.UTF_8));

        assertThat(documents.read("clinic-b", ref.sha256())).isEmpty();
        assertThat(documents.find("clinic-b", ref.sha256())).isEmpty();
    }

    @Test
    void theSameContentInTwoClinicsIsTwoRowsUnderTwoDataKeys() {
        byte[] content = "same".getBytes(StandardCharsets.UTF_8);
        documents.store("clinic-a", "application/pdf", content);
        documents.store("clinic-b", "application/pdf", content);

        assertThat(jdbc.queryForObject("SELECT count(DISTINCT wrapped_key) FROM encrypted_documents",
                Integer.class)).isEqualTo(2);
    }

    @Test
    void aRowMovedToAnotherClinicFailsToOpen() {
        DocumentRef ref = documents.store("clinic-a", "application/pdf", "moved".getBytes(StandardCharsets.UTF_8));
        jdbc.update("UPDATE encrypted_documents SET clinic_id = 'clinic-b' WHERE sha256 = ?", ref.sha256());

        assertThatThrownBy(() -> documents.read("clinic-b", ref.sha256()))
                .isInstanceOf(DocumentNotAuthenticException.class);
    }

    @Test
    void aTamperedCiphertextFailsToOpen() {
        DocumentRef ref = documents.store("clinic-a", "application/pdf", "tamper".getBytes(StandardCharsets.UTF_8));
        jdbc.update("UPDATE encrypted_documents SET ciphertext = set_byte(ciphertext, 0, get_byte(ciphertext, 0) # 1)"
                + " WHERE sha256 = ?", ref.sha256());

        assertThatThrownBy(() -> documents.read("clinic-a", ref.sha256()))
                .isInstanceOf(DocumentNotAuthenticException.class);
    }

    @Test
    void anotherKeyFailsToOpen() {
        DocumentRef ref = documents.store("clinic-a", "application/pdf", "keyed".getBytes(StandardCharsets.UTF_8));
        EncryptedDocuments otherKey = new EncryptedDocuments(jdbc, new DocumentCipher(
                "YW5vdGhlci1zZXJ2aWNlcy1kb2N1bWVudHMta2V5MzI=", List.of()), Clock.systemUTC(), meters);

        assertThatThrownBy(() -> otherKey.read("clinic-a", ref.sha256()))
                .isInstanceOf(DocumentNotAuthenticException.class);
    }

    @Test
    void refusesAMediaTypeThatWouldMakeAnUnboundedLabel() {
        assertThatThrownBy(() -> documents.store("clinic-a", "Application/PDF; name=ada.pdf", new byte[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM encrypted_documents", Integer.class)).isZero();
    }

    /** Every column of every row, as the bytes PostgreSQL hands out (BYTEA raw, the rest as text). */
    private byte[] rawRows() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        jdbc.query("SELECT * FROM encrypted_documents", rs -> {
            var meta = rs.getMetaData();
            for (int column = 1; column <= meta.getColumnCount(); column++) {
                byte[] value = meta.getColumnType(column) == Types.BINARY ? rs.getBytes(column)
                        : rs.getString(column).getBytes(StandardCharsets.UTF_8);
                all.writeBytes(value);
            }
        });
        assertThat(all.size()).as("the scan read the row").isPositive();
        return all.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static JdbcTemplate database() {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(infrastructure.createDatabase("documents"),
                infrastructure.user(), infrastructure.password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/platform").load().migrate();
        return new JdbcTemplate(dataSource);
    }
}
