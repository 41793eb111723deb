package io.claimline.patient.eligibility;

import io.claimline.x12.Envelope;
import io.claimline.x12.eligibility.Dependent;
import io.claimline.x12.eligibility.EligibilityInquiry;
import io.claimline.x12.eligibility.InformationReceiver;
import io.claimline.x12.eligibility.InformationSource;
import io.claimline.x12.eligibility.Person;
import io.claimline.x12.eligibility.Sex;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Builds the 270 for one coverage and date of service from opened values: the payer (information source), the
 * clinic's billing provider (information receiver, from the practice setup), the subscriber, and the patient as
 * dependent when not the subscriber. Pure: the same inputs give the same 270 (the golden file relies on it).
 */
final class InquiryBuilder {

    /** Service type 30: health benefit plan coverage, the general question. */
    static final List<String> SERVICE_TYPES = List.of("30");

    private InquiryBuilder() {
    }

    /** A person as the 270 names them, opened from the registry. */
    record Named(String givenName, String familyName, LocalDate dateOfBirth, String sex) {

        @Override
        public String toString() {
            return "Named[redacted]";
        }
    }

    /** Where the inquiry goes and under which numbers. */
    record Routing(EligibilitySettings settings, int controlNumber, String traceNumber, LocalDateTime createdAt) {
    }

    static EligibilityInquiry build(Routing routing, String payerName, String ediPayerId, String clinicName,
            String clinicNpi, String memberId, Named subscriber, Optional<Named> patientAsDependent,
            String relationship, LocalDate dateOfService) {
        EligibilitySettings s = routing.settings();
        Envelope envelope = new Envelope(s.senderQualifier(), s.senderId(), s.receiverQualifier(), s.receiverId(),
                routing.controlNumber(), routing.controlNumber(), routing.controlNumber(), s.usage(),
                s.applicationSenderCode(), s.applicationReceiverCode(), routing.createdAt());
        Person insured = new Person(subscriber.familyName(), subscriber.givenName(), memberId,
                subscriber.dateOfBirth(), sex(subscriber.sex()));
        Optional<Dependent> dependent = patientAsDependent.map(patient -> new Dependent(patient.familyName(),
                patient.givenName(), patient.dateOfBirth(), sex(patient.sex()), dependentRelationship(relationship)));
        return new EligibilityInquiry(envelope, routing.traceNumber(), new InformationSource(payerName, ediPayerId),
                new InformationReceiver(clinicName, clinicNpi), insured, dependent, routing.traceNumber(),
                s.traceOriginatorId(), dateOfService, SERVICE_TYPES);
    }

    private static Sex sex(String code) {
        return code == null ? Sex.UNKNOWN : switch (code) {
            case "F" -> Sex.FEMALE;
            case "M" -> Sex.MALE;
            default -> Sex.UNKNOWN;
        };
    }

    /** INS02 of the 2000D loop: 01 spouse, 19 child, 34 other adult. */
    private static String dependentRelationship(String relationship) {
        return switch (relationship) {
            case "SPOUSE" -> "01";
            case "CHILD" -> "19";
            default -> "34";
        };
    }
}
