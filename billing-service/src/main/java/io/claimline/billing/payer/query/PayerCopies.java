package io.claimline.billing.payer.query;

import io.claimline.contracts.IntegrationEvent;
import io.claimline.contracts.payers.v1.PayerAdded;
import io.claimline.contracts.payers.v1.PayerChanged;
import io.claimline.contracts.payers.v1.PayerDeactivated;
import io.claimline.contracts.payers.v1.PayerReactivated;
import io.claimline.platform.copies.PayerCopy;
import io.claimline.platform.copies.PayerCopyTable;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * billing-service's copy of the clinics' payers (rm_payer_copy), written from payer events inside the inbox
 * transaction; the SQL is the platform's {@link PayerCopyTable}, shared with the other consuming service.
 */
@Component
public class PayerCopies {

    private final PayerCopyTable table;

    PayerCopies(JdbcTemplate jdbc) {
        this.table = new PayerCopyTable(jdbc);
    }

    /** The payer, if this service knows it in the clinic; check {@link PayerCopy#active()} before billing it. */
    public Optional<PayerCopy> find(String clinicId, UUID payerId) {
        return table.find(clinicId, payerId);
    }

    public void added(IntegrationEvent event, PayerAdded payer) {
        table.added(event, payer);
    }

    public void changed(IntegrationEvent event, PayerChanged payer) {
        table.changed(event, payer);
    }

    public void deactivated(IntegrationEvent event, PayerDeactivated payer) {
        table.deactivated(event, payer);
    }

    public void reactivated(IntegrationEvent event, PayerReactivated payer) {
        table.reactivated(event, payer);
    }
}
