package io.claimline.x12.eligibility;

import io.claimline.x12.ReadLimits;
import io.claimline.x12.X12Reader;
import io.claimline.x12.X12RejectedException;
import io.claimline.x12.X12Text;
import io.claimline.x12.X12Writer;
import io.claimline.x12.X12Writer.Repeated;
import io.claimline.x12.X12Writer.Transaction;
import io.xlate.edi.stream.EDIStreamException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Writes a 270 eligibility inquiry (005010X279A1) as a complete interchange, and validates its own output against
 * the 270 implementation schema before returning it.
 *
 * <p>Shape: 2000A payer (HL 1) > 2000B provider (HL 2) > 2000C subscriber (HL 3) [> 2000D dependent (HL 4)]. The
 * trace number, the date of service and the EQ service types go at the patient's level: the subscriber's loops
 * when there is no dependent, else the dependent's. DMG03 is sent only for M and F (the 270 guide has no code
 * for unknown). The dependent's relationship goes in INS*N.
 */
public final class Eligibility270Writer {

    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

    /**
     * @throws X12RejectedException     when the written interchange does not conform to the guide (a bug or a
     *                                  value the model's checks let through); nothing is returned then
     * @throws IllegalArgumentException never for valid models: they are checked on construction
     */
    public String write(EligibilityInquiry inquiry) {
        String interchange = X12Writer.write(inquiry.envelope(), EligibilityGuides.INQUIRY_270,
                transaction -> body(inquiry, transaction));
        // Our own output goes through the same validating reader as anything we receive.
        X12Reader.read(interchange, EligibilityGuides.INQUIRY_270, ReadLimits.DEFAULT);
        return interchange;
    }

    private static void body(EligibilityInquiry inquiry, Transaction tx) throws EDIStreamException {
        boolean dependentIsPatient = inquiry.dependent().isPresent();
        tx.segment("BHT", "0022", "13", inquiry.bhtReference(),
                inquiry.envelope().createdAt().format(CCYYMMDD), inquiry.envelope().createdAt().format(HHMM));

        tx.segment("HL", "1", null, "20", "1");
        tx.segment("NM1", "PR", "2", X12Text.clean(inquiry.source().payerName(), 60),
                null, null, null, null, "PI", inquiry.source().payerId());

        tx.segment("HL", "2", "1", "21", "1");
        tx.segment("NM1", "1P", "2", X12Text.clean(inquiry.receiver().organizationName(), 60),
                null, null, null, null, "XX", inquiry.receiver().npi());

        Person subscriber = inquiry.subscriber();
        tx.segment("HL", "3", "2", "22", dependentIsPatient ? "1" : "0");
        if (!dependentIsPatient) {
            trace(inquiry, tx);
        }
        tx.segment("NM1", "IL", "1", X12Text.clean(subscriber.lastName(), 60),
                X12Text.clean(subscriber.firstName(), 35), null, null, null, "MI", subscriber.memberId());
        demographics(tx, subscriber.dateOfBirth(), subscriber.sex());
        if (!dependentIsPatient) {
            inquiryFor(inquiry, tx);
        }

        if (dependentIsPatient) {
            Dependent dependent = inquiry.dependent().orElseThrow();
            tx.segment("HL", "4", "3", "23", "0");
            trace(inquiry, tx);
            tx.segment("NM1", "03", "1", X12Text.clean(dependent.lastName(), 60),
                    X12Text.clean(dependent.firstName(), 35));
            demographics(tx, dependent.dateOfBirth(), dependent.sex());
            tx.segment("INS", "N", dependent.relationshipCode());
            inquiryFor(inquiry, tx);
        }
    }

    private static void trace(EligibilityInquiry inquiry, Transaction tx) throws EDIStreamException {
        tx.segment("TRN", "1", inquiry.traceNumber(), inquiry.traceOriginatorId());
    }

    private static void demographics(Transaction tx, LocalDate dateOfBirth, Sex sex) throws EDIStreamException {
        if (sex == Sex.UNKNOWN) {
            tx.segment("DMG", "D8", dateOfBirth.format(CCYYMMDD));
        } else {
            tx.segment("DMG", "D8", dateOfBirth.format(CCYYMMDD), sex.code());
        }
    }

    private static void inquiryFor(EligibilityInquiry inquiry, Transaction tx) throws EDIStreamException {
        tx.segment("DTP", "291", "D8", inquiry.dateOfService().format(CCYYMMDD));
        tx.segment("EQ", new Repeated(inquiry.serviceTypeCodes()));
    }
}
