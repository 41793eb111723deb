package io.claimline.patient.guarantor.query;

import io.claimline.patient.registry.api.SealedContact;
import io.claimline.platform.kernel.AddressText;
import io.claimline.patient.vault.keys.PhiCipher;
import io.claimline.platform.phi.SealedValue;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads guarantors of one clinic; rows first, PHI opened after. */
@Component
public class Guarantors {

    private final JdbcTemplate jdbc;
    private final PhiCipher phi;

    Guarantors(JdbcTemplate jdbc, PhiCipher phi) {
        this.jdbc = jdbc;
        this.phi = phi;
    }

    private record Row(String id, String keyId, List<String> sealed, Instant registeredAt, Instant changedAt,
            long version) {

        Row(ResultSet rs) throws SQLException {
            this(rs.getString("guarantor_id"), rs.getString("key_id"), Arrays.asList(rs.getString("given_name"),
                    rs.getString("family_name"), rs.getString("date_of_birth"), rs.getString("address"),
                    rs.getString("phone"), rs.getString("email")), rs.getTimestamp("registered_at").toInstant(),
                    instant(rs.getTimestamp("changed_at")), rs.getLong("version"));
        }
    }

    public Optional<GuarantorSummary> find(UUID guarantorId, String clinicId) {
        return jdbc.query("SELECT * FROM rm_guarantor WHERE guarantor_id = ? AND clinic_id = ?",
                (rs, n) -> new Row(rs), guarantorId, clinicId).stream().findFirst().map(row -> {
                    Optional<List<String>> opened = phi.open(row.keyId(), row.sealed());
                    List<String> p = opened.orElse(Arrays.asList(new String[6]));
                    return new GuarantorSummary(row.id(), p.get(0), p.get(1),
                            p.get(2) == null ? null : LocalDate.parse(p.get(2)),
                            p.get(3) == null ? null : AddressText.read(p.get(3)), p.get(4), p.get(5),
                            opened.isPresent(), row.registeredAt(), row.changedAt(), row.version());
                });
    }

    public boolean shows(UUID guarantorId, String clinicId, long version) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM rm_guarantor WHERE "
                + "guarantor_id = ? AND clinic_id = ? AND version >= ?)", Boolean.class, guarantorId, clinicId,
                version));
    }

    /** The guarantor's name and contact as stored (sealed under their own key): what an assignment carries. */
    public Optional<SealedContact> sealedContact(UUID guarantorId, String clinicId) {
        return jdbc.query("SELECT * FROM rm_guarantor WHERE guarantor_id = ? AND clinic_id = ?",
                (rs, n) -> new SealedContact(sealed(rs, "given_name"), sealed(rs, "family_name"),
                        sealed(rs, "address"), sealed(rs, "phone"), sealed(rs, "email")),
                guarantorId, clinicId).stream().findFirst();
    }

    private static SealedValue sealed(ResultSet rs, String column) throws SQLException {
        String ciphertext = rs.getString(column);
        return ciphertext == null ? null : new SealedValue(rs.getString("key_id"), ciphertext);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
