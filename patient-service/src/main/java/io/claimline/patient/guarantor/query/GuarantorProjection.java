package io.claimline.patient.guarantor.query;

import io.claimline.patient.guarantor.api.GuarantorChangedEvent;
import io.claimline.patient.guarantor.api.GuarantorRegisteredEvent;
import io.claimline.patient.registry.api.SealedContact;
import io.claimline.platform.phi.SealedValue;
import io.claimline.platform.reconciliation.ReadModel;
import io.claimline.platform.web.ReadYourWrites;
import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Guarantors who are not patients, sealed as in their events. */
@Component
@ProcessingGroup("guarantors")
@ReadModel(@ReadModel.Table(name = "rm_guarantor", aggregateIdColumn = "guarantor_id", clinicIdColumn = "clinic_id"))
public class GuarantorProjection {

    private final JdbcTemplate jdbc;
    private final ReadYourWrites readYourWrites;

    GuarantorProjection(JdbcTemplate jdbc, ReadYourWrites readYourWrites) {
        this.jdbc = jdbc;
        this.readYourWrites = readYourWrites;
    }

    @EventHandler
    void on(GuarantorRegisteredEvent event, @SequenceNumber long sequence) {
        SealedContact c = event.contact();
        jdbc.update("""
                INSERT INTO rm_guarantor (guarantor_id, clinic_id, key_id, given_name, family_name, date_of_birth,
                    address, phone, email, registered_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (guarantor_id) DO UPDATE SET clinic_id = excluded.clinic_id, key_id = excluded.key_id,
                    given_name = excluded.given_name, family_name = excluded.family_name,
                    date_of_birth = excluded.date_of_birth, address = excluded.address, phone = excluded.phone,
                    email = excluded.email, registered_at = excluded.registered_at, changed_at = NULL,
                    version = excluded.version""",
                event.guarantorId().value(), event.clinicId(), c.givenName().keyId(), text(c.givenName()),
                text(c.familyName()), text(event.dateOfBirth()), text(c.address()), text(c.phone()), text(c.email()),
                Timestamp.from(event.registeredAt()), sequence);
        readYourWrites.reached(event.guarantorId().toString(), sequence);
    }

    @EventHandler
    void on(GuarantorChangedEvent event, @SequenceNumber long sequence) {
        SealedContact c = event.contact();
        jdbc.update("""
                UPDATE rm_guarantor SET given_name = ?, family_name = ?, date_of_birth = ?, address = ?, phone = ?,
                    email = ?, changed_at = ?, version = ?
                WHERE guarantor_id = ? AND version < ?""", text(c.givenName()), text(c.familyName()),
                text(event.dateOfBirth()), text(c.address()), text(c.phone()), text(c.email()),
                Timestamp.from(event.changedAt()), sequence, event.guarantorId().value(), sequence);
        readYourWrites.reached(event.guarantorId().toString(), sequence);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM rm_guarantor");
    }

    private static String text(SealedValue value) {
        return value == null ? null : value.ciphertext();
    }
}
