package io.claimline.claims.scrubber;

import static io.claimline.claims.scrubber.Edits.blank;

import io.claimline.claims.scrubber.ClaimToScrub.Address;
import io.claimline.claims.scrubber.ClaimToScrub.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The data a payer's front end rejects a claim without: the billing provider's NPI, tax id and street address (ZIP+4,
 * no PO box: 837P loop 2010AA), the subscriber's member id and date of birth, the payer id, at least one diagnosis,
 * the dates of service, the place of service, the claim's own number and total, and each line's code and charge.
 */
public final class RequiredData implements ScrubRule {

    public static final String NAME = "required-data";

    private static final Pattern TAX_ID = Pattern.compile("[0-9]{2}-?[0-9]{7}");
    private static final Pattern ZIP_PLUS_4 = Pattern.compile("[0-9]{5}-?[0-9]{4}");
    private static final Pattern PO_BOX = Pattern.compile("(?i)^\\s*(P\\.?\\s*O\\.?\\s*BOX|POST\\s+OFFICE\\s+BOX)\\b.*");

    private static final String PRACTICE_SETUP = "in practice setup";

    @Override
    public List<ClaimEdit> check(ClaimToScrub claim, ScrubContext context) {
        List<ClaimEdit> edits = new ArrayList<>();
        if (blank(claim.patientControlNumber())) {
            edits.add(edit("patientControlNumber", "The claim has no patient control number.",
                    "Draft the claim again so it is numbered."));
        }
        billingProvider(claim.billingProvider(), edits);
        if (blank(claim.subscriber().memberId())) {
            edits.add(edit("subscriber.memberId", "The subscriber's member id is missing.",
                    "Enter the member id from the insurance card on the patient's coverage."));
        }
        if (claim.subscriber().dateOfBirth() == null) {
            edits.add(edit("subscriber.dateOfBirth", "The subscriber's date of birth is missing.",
                    "Enter the subscriber's date of birth on the patient's coverage."));
        }
        if (blank(claim.payer().payerId())) {
            edits.add(edit("payer.payerId", "The claim names no payer.",
                    "Choose the coverage to bill on the encounter, or bill the patient."));
        }
        if (claim.diagnoses().isEmpty()) {
            edits.add(edit("diagnoses", "The claim has no diagnosis.",
                    "Add the diagnoses the provider documented to the encounter."));
        }
        if (claim.serviceFrom() == null) {
            edits.add(edit("serviceFrom", "The first date of service is missing.",
                    "Enter the date of service on the encounter."));
        }
        if (claim.serviceTo() == null) {
            edits.add(edit("serviceTo", "The last date of service is missing.",
                    "Enter the date of service on the encounter."));
        }
        if (blank(claim.placeOfService())) {
            edits.add(edit("placeOfService", "The place of service is missing.",
                    "Choose where the service was given (11 office, 02 telehealth...) on the encounter."));
        }
        if (claim.totalCharge() == null) {
            edits.add(edit("totalCharge", "The claim has no total charge.", "Draft the claim again."));
        }
        List<Line> lines = claim.lines();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (blank(line.procedureCode())) {
                edits.add(edit(Edits.line(i) + ".procedureCode", Edits.lineLabel(i) + " has no procedure code.",
                        "Enter the CPT or HCPCS code of the service on the encounter line."));
            }
            if (line.charge() == null) {
                edits.add(edit(Edits.line(i) + ".charge", Edits.lineLabel(i) + " has no charge.",
                        "Enter the charge, or add the code to the chargemaster."));
            }
        }
        return edits;
    }

    private static void billingProvider(ClaimToScrub.BillingProvider provider, List<ClaimEdit> edits) {
        if (blank(provider.npi())) {
            edits.add(edit("billingProvider.npi", "The billing provider's NPI is missing.",
                    "Enter the practice's group (type 2) NPI " + PRACTICE_SETUP + "."));
        }
        if (blank(provider.taxId())) {
            edits.add(edit("billingProvider.taxId", "The billing provider's tax id (TIN) is missing.",
                    "Enter the practice's EIN " + PRACTICE_SETUP + "."));
        } else if (!TAX_ID.matcher(provider.taxId().strip()).matches()) {
            edits.add(edit("billingProvider.taxId", "The billing provider's tax id is not 9 digits.",
                    "Enter the practice's EIN as 9 digits (12-3456789) " + PRACTICE_SETUP + "."));
        }
        Address address = provider.address();
        if (blank(address.line1())) {
            edits.add(edit("billingProvider.address.line1", "The billing provider's street address is missing.",
                    "Enter the practice's street address " + PRACTICE_SETUP + "."));
        } else if (PO_BOX.matcher(address.line1()).matches()) {
            edits.add(edit("billingProvider.address.line1",
                    "The billing provider's address is a PO box; claims need the street address where the practice"
                            + " is.",
                    "Enter the street address as the billing address and the PO box as the pay-to address "
                            + PRACTICE_SETUP + "."));
        }
        if (blank(address.city())) {
            edits.add(edit("billingProvider.address.city", "The billing provider's city is missing.",
                    "Enter the practice's city " + PRACTICE_SETUP + "."));
        }
        if (blank(address.state())) {
            edits.add(edit("billingProvider.address.state", "The billing provider's state is missing.",
                    "Enter the practice's state " + PRACTICE_SETUP + "."));
        }
        if (blank(address.postalCode())) {
            edits.add(edit("billingProvider.address.postalCode", "The billing provider's ZIP code is missing.",
                    "Enter the practice's 9-digit ZIP+4 " + PRACTICE_SETUP + "."));
        } else if (!ZIP_PLUS_4.matcher(address.postalCode().strip()).matches()) {
            edits.add(edit("billingProvider.address.postalCode",
                    "The billing provider's ZIP code must have 9 digits (ZIP+4) on a claim.",
                    "Enter the practice's full ZIP+4 " + PRACTICE_SETUP + "."));
        }
    }

    private static ClaimEdit edit(String field, String problem, String fix) {
        return new ClaimEdit(NAME, field, problem, fix);
    }
}
