package io.claimline.x12.claim;

import io.claimline.x12.ReadLimits;
import io.claimline.x12.X12Reader;
import io.claimline.x12.X12RejectedException;
import io.claimline.x12.X12Writer;
import io.claimline.x12.X12Writer.Composite;
import io.claimline.x12.X12Writer.Transaction;
import io.xlate.edi.stream.EDIStreamException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an 837P professional claim batch (005010X222A1) as a complete interchange, and validates its own output
 * against the 837P implementation schema before returning it.
 *
 * <p>Shape: 1000A submitter, 1000B receiver; per billing provider a 2000A (HL parent-less, child code 1) with
 * 2010AA and, when given, 2010AB; per claim a 2000B subscriber HL under its billing provider (child code 1 when a
 * 2000C follows) with 2010BA and 2010BB, then either the 2300 claim directly (the patient is the subscriber, SBR02
 * 18) or a 2000C patient HL (PAT01 relationship) with 2010CA and the 2300 claim. One subscriber HL per claim keeps
 * every claim self-contained, which the guide allows. Amounts are written without trailing zeros (X12 R type:
 * 125.00 is {@code 125}, 80.50 is {@code 80.5}).
 */
public final class Claim837Writer {

    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

    /**
     * @throws X12RejectedException when the written interchange does not conform to the guide (a bug, or a value
     *                              the model's checks let through); nothing is returned then
     */
    public String write(ProfessionalClaimBatch batch) {
        String interchange = X12Writer.write(batch.envelope(), ClaimGuides.PROFESSIONAL_837,
                transaction -> new Body(batch, transaction).write());
        // Our own output goes through the same validating reader as anything we receive.
        X12Reader.read(interchange, ClaimGuides.PROFESSIONAL_837, ReadLimits.DEFAULT);
        return interchange;
    }

    /** Writes the segments between ST and SE, numbering HLs as it goes. */
    private static final class Body {
        private final ProfessionalClaimBatch batch;
        private final Transaction tx;
        private int hl;

        Body(ProfessionalClaimBatch batch, Transaction tx) {
            this.batch = batch;
            this.tx = tx;
        }

        void write() throws EDIStreamException {
            tx.segment("BHT", "0019", "00", batch.batchReference(),
                    batch.envelope().createdAt().format(CCYYMMDD), batch.envelope().createdAt().format(HHMM), "CH");
            Submitter submitter = batch.submitter();
            tx.segment("NM1", "41", "2", submitter.organizationName(), null, null, null, null, "46",
                    submitter.submitterId());
            tx.segment("PER", "IC", submitter.contactName(), "TE", submitter.phone());
            Receiver receiver = batch.receiver();
            tx.segment("NM1", "40", "2", receiver.organizationName(), null, null, null, null, "46",
                    receiver.receiverId());
            for (BillingProviderClaims provider : batch.billingProviders()) {
                billingProvider(provider);
            }
        }

        private void billingProvider(BillingProviderClaims claims) throws EDIStreamException {
            int providerHl = ++hl;
            BillingProvider provider = claims.billingProvider();
            tx.segment("HL", String.valueOf(providerHl), null, "20", "1");
            if (provider.taxonomyCode().isPresent()) {
                tx.segment("PRV", "BI", "PXC", provider.taxonomyCode().get());
            }
            tx.segment("NM1", "85", "2", provider.organizationName(), null, null, null, null, "XX", provider.npi());
            address(provider.address());
            tx.segment("REF", "EI", provider.ein());
            if (claims.payToAddress().isPresent()) {
                tx.segment("NM1", "87", "2");
                address(claims.payToAddress().get());
            }
            for (ProfessionalClaim claim : claims.claims()) {
                claim(providerHl, claim);
            }
        }

        private void claim(int providerHl, ProfessionalClaim claim) throws EDIStreamException {
            int subscriberHl = ++hl;
            Subscriber subscriber = claim.subscriber();
            tx.segment("HL", String.valueOf(subscriberHl), String.valueOf(providerHl), "22",
                    claim.patientIsSubscriber() ? "0" : "1");
            tx.segment("SBR", subscriber.responsibility().code(), claim.patientIsSubscriber() ? "18" : null,
                    subscriber.groupNumber().orElse(null), null, null, null, null, null,
                    subscriber.claimFilingIndicator());
            tx.segment("NM1", "IL", "1", subscriber.lastName(), subscriber.firstName(), null, null, null, "MI",
                    subscriber.memberId());
            address(subscriber.address());
            tx.segment("DMG", "D8", subscriber.dateOfBirth().format(CCYYMMDD), subscriber.sex().code());
            Payer payer = claim.payer();
            tx.segment("NM1", "PR", "2", payer.name(), null, null, null, null, "PI", payer.payerId());
            if (payer.address().isPresent()) {
                address(payer.address().get());
            }
            if (claim.patient().isPresent()) {
                Patient patient = claim.patient().get();
                tx.segment("HL", String.valueOf(++hl), String.valueOf(subscriberHl), "23", "0");
                tx.segment("PAT", patient.relationshipCode());
                tx.segment("NM1", "QC", "1", patient.lastName(), patient.firstName());
                address(patient.address());
                tx.segment("DMG", "D8", patient.dateOfBirth().format(CCYYMMDD), patient.sex().code());
            }
            claimInformation(claim);
        }

        private void claimInformation(ProfessionalClaim claim) throws EDIStreamException {
            ClaimInformation info = claim.claim();
            // CLM06 Y: provider signature on file; CLM07 A: assigned; CLM08 Y: benefits assigned to the provider;
            // CLM09 Y: the patient signed a release of information.
            List<Object> clm = new ArrayList<>(List.of(info.patientControlNumber(), amount(info.totalCharge()), "",
                    "", new Composite(info.placeOfService(), "B", info.frequency().code()), "Y", "A", "Y", "Y"));
            if (info.delayReason().isPresent()) {
                while (clm.size() < 19) {
                    clm.add("");
                }
                clm.add(info.delayReason().get()); // CLM20
            }
            tx.segment("CLM", clm.stream().map(element -> "".equals(element) ? null : element).toArray());
            if (info.onsetOfCurrentIllness().isPresent()) {
                tx.segment("DTP", "431", "D8", info.onsetOfCurrentIllness().get().format(CCYYMMDD));
            }
            if (info.priorAuthorization().isPresent()) {
                tx.segment("REF", "G1", info.priorAuthorization().get());
            }
            if (info.payerClaimControlNumber().isPresent()) {
                tx.segment("REF", "F8", info.payerClaimControlNumber().get());
            }
            if (info.note().isPresent()) {
                tx.segment("NTE", "ADD", info.note().get());
            }
            tx.segment("HI", diagnoses(info));
            if (claim.renderingProvider().isPresent()) {
                RenderingProvider rendering = claim.renderingProvider().get();
                tx.segment("NM1", "82", "1", rendering.lastName(), rendering.firstName(), null, null, null, "XX",
                        rendering.npi());
                tx.segment("PRV", "PE", "PXC", rendering.taxonomyCode());
            }
            int number = 0;
            for (ServiceLine line : claim.lines()) {
                serviceLine(++number, line);
            }
        }

        private static Object[] diagnoses(ClaimInformation info) {
            List<Diagnosis> diagnoses = info.diagnoses();
            Object[] composites = new Object[diagnoses.size()];
            for (int i = 0; i < diagnoses.size(); i++) {
                Diagnosis diagnosis = diagnoses.get(i);
                String qualifier = i == 0 ? diagnosis.system().principalQualifier() : diagnosis.system().otherQualifier();
                composites[i] = new Composite(qualifier, diagnosis.code());
            }
            return composites;
        }

        private void serviceLine(int number, ServiceLine line) throws EDIStreamException {
            tx.segment("LX", String.valueOf(number));
            List<String> procedure = new ArrayList<>();
            procedure.add("HC");
            procedure.add(line.procedureCode());
            procedure.addAll(line.modifiers());
            List<String> pointers = line.diagnosisPointers().stream().map(String::valueOf).toList();
            tx.segment("SV1", new Composite(procedure), amount(line.charge()), "UN", line.units().toPlainString(),
                    line.placeOfService().orElse(null), null, new Composite(pointers));
            if (line.serviceDateTo().isPresent()) {
                tx.segment("DTP", "472", "RD8", line.serviceDate().format(CCYYMMDD) + "-"
                        + line.serviceDateTo().get().format(CCYYMMDD));
            } else {
                tx.segment("DTP", "472", "D8", line.serviceDate().format(CCYYMMDD));
            }
            tx.segment("REF", "6R", line.lineControlNumber());
            if (line.note().isPresent()) {
                tx.segment("NTE", "ADD", line.note().get());
            }
        }

        private void address(Address address) throws EDIStreamException {
            if (address.line2().isPresent()) {
                tx.segment("N3", address.line1(), address.line2().get());
            } else {
                tx.segment("N3", address.line1());
            }
            tx.segment("N4", address.city(), address.state(), address.postalCode());
        }

        private static String amount(BigDecimal amount) {
            BigDecimal plain = amount.stripTrailingZeros();
            return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
        }
    }
}
