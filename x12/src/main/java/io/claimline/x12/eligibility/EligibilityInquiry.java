package io.claimline.x12.eligibility;

import io.claimline.x12.Envelope;
import io.claimline.x12.X12Text;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One eligibility question: is this patient covered by this payer on this date, and for these services?
 *
 * @param envelope          interchange settings; its {@code createdAt} is also the BHT date and time
 * @param bhtReference      BHT03, our reference for this inquiry (1-50 characters)
 * @param source            the payer (2100A)
 * @param receiver          the provider organisation asking (2100B)
 * @param subscriber        the insured member (2100C)
 * @param dependent         the patient when not the subscriber (2000D/2100D)
 * @param traceNumber       TRN02, echoed back in the 271 as TRN*2 (1-50 characters)
 * @param traceOriginatorId TRN03, 10 characters: "1" followed by our EIN, or "9" followed by a 9-character id
 * @param dateOfService     DTP*291, the date the coverage question is about
 * @param serviceTypeCodes  EQ01 service type codes (e.g. "30" health benefit plan coverage), 1 to 99
 */
public record EligibilityInquiry(
        Envelope envelope,
        String bhtReference,
        InformationSource source,
        InformationReceiver receiver,
        Person subscriber,
        Optional<Dependent> dependent,
        String traceNumber,
        String traceOriginatorId,
        LocalDate dateOfService,
        List<String> serviceTypeCodes) {

    private static final Pattern SERVICE_TYPE = Pattern.compile("[0-9A-Z]{1,2}");

    public EligibilityInquiry {
        Objects.requireNonNull(envelope, "envelope");
        X12Text.requireIdentifier("bhtReference", bhtReference, 1, 50);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(receiver, "receiver");
        Objects.requireNonNull(subscriber, "subscriber");
        Objects.requireNonNull(dependent, "dependent");
        X12Text.requireIdentifier("traceNumber", traceNumber, 1, 50);
        X12Text.requireIdentifier("traceOriginatorId", traceOriginatorId, 10, 10);
        Objects.requireNonNull(dateOfService, "dateOfService");
        serviceTypeCodes = List.copyOf(serviceTypeCodes);
        if (serviceTypeCodes.isEmpty() || serviceTypeCodes.size() > 99) {
            throw new IllegalArgumentException("serviceTypeCodes must hold 1 to 99 codes");
        }
        if (!serviceTypeCodes.stream().allMatch(code -> SERVICE_TYPE.matcher(code).matches())) {
            throw new IllegalArgumentException("serviceTypeCodes must be one or two upper-case letters or digits");
        }
    }
}
