package io.claimline.patient.payer.command;

import io.claimline.patient.payer.api.PayerId;

/**
 * The set-based rule an aggregate cannot check alone: an EDI payer id is held by at most one active payer of a
 * clinic. Claims are written in the command's own transaction, so a claim and the event that needs it commit (or
 * roll back) together, and two concurrent claims of one id serialise on the table's key.
 */
public interface EdiPayerIds {

    /** Claims the id for the payer; false when another active payer of the clinic holds it. */
    boolean claim(String clinicId, String ediPayerId, PayerId payerId);

    /** Gives the id up (the payer was deactivated or its id changed); a no-op if the payer does not hold it. */
    void release(String clinicId, String ediPayerId, PayerId payerId);
}
