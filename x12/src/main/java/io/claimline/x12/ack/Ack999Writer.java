package io.claimline.x12.ack;

import io.claimline.x12.Envelope;
import io.claimline.x12.X12RejectedException;
import io.claimline.x12.X12Writer;
import io.claimline.x12.X12Writer.Composite;
import io.claimline.x12.X12Writer.Transaction;
import io.xlate.edi.stream.EDIStreamException;

/**
 * Writes a 999 (005010X231A1) answering one functional group, as a receiver (the payer simulator) does. AK902
 * (sets included) is written as the count received. IK404 (copy of bad data) is not written: the model does not
 * keep it. The interchange is read back through {@link Ack999Reader} before it is returned, so a 999 that does not
 * conform, or whose counts and statuses disagree, throws {@link X12RejectedException} and nothing is returned.
 */
public final class Ack999Writer {

    public String write(Envelope envelope, AcknowledgedGroup group, FunctionalGroupAcknowledgement ack) {
        String interchange = X12Writer.write(envelope, AckGuides.ACK_999, transaction -> body(transaction, group, ack));
        new Ack999Reader().read(interchange);
        return interchange;
    }

    private static void body(Transaction transaction, AcknowledgedGroup group, FunctionalGroupAcknowledgement ack)
            throws EDIStreamException {
        transaction.segment("AK1", group.functionalIdentifierCode(), ack.groupControlNumber(), group.version());
        for (TransactionSetAcknowledgement set : ack.transactionSets()) {
            transaction.segment("AK2", group.transactionSetId(), set.transactionSetControlNumber(), group.version());
            for (SegmentError error : set.segmentErrors()) {
                transaction.segment("IK3", error.segmentId(), String.valueOf(error.position()),
                        emptyToNull(error.loopId()), emptyToNull(error.code()));
                for (ElementError element : error.elementErrors()) {
                    Composite position = element.component()
                            .map(component -> new Composite(String.valueOf(element.position()),
                                    String.valueOf(component)))
                            .orElseGet(() -> new Composite(String.valueOf(element.position())));
                    transaction.segment("IK4", position, emptyToNull(element.reference()), element.code());
                }
            }
            Object[] ik5 = new Object[1 + set.statusCodes().size()];
            ik5[0] = set.status().code();
            for (int i = 0; i < set.statusCodes().size(); i++) {
                ik5[i + 1] = set.statusCodes().get(i);
            }
            transaction.segment("IK5", ik5);
        }
        transaction.segment("AK9", ack.status().code(), String.valueOf(ack.received()),
                String.valueOf(ack.received()), String.valueOf(ack.accepted()));
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
