package io.claimline.x12.eligibility;

import io.claimline.x12.Envelope;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Test data: fake people, fake ids, the shapes a clinic sends. */
final class Inquiries {

    static final LocalDateTime CREATED_AT = LocalDateTime.of(2026, 3, 2, 9, 41);

    private Inquiries() {
    }

    static Envelope envelope() {
        return new Envelope("ZZ", "CLAIMLINE", "ZZ", "CLEARHOUSE01", 1234, 5678, 1, Envelope.Usage.TEST,
                "CLAIMLINE", "CLEARHOUSE01", CREATED_AT);
    }

    static Person subscriber() {
        return new Person("Quill", "Marta", "W900112233", LocalDate.of(1984, 7, 19), Sex.FEMALE);
    }

    static EligibilityInquiry forSubscriber() {
        return new EligibilityInquiry(envelope(), "REQ-000045",
                new InformationSource("Lakeside Health Plan", "LHP01"),
                new InformationReceiver("Birchwood Family Clinic", "1999999984"),
                subscriber(), Optional.empty(), "ELIG-7F3A-0001", "1987654321",
                LocalDate.of(2026, 3, 2), List.of("30"));
    }

    static EligibilityInquiry forDependent() {
        EligibilityInquiry base = forSubscriber();
        return new EligibilityInquiry(base.envelope(), base.bhtReference(), base.source(), base.receiver(),
                base.subscriber(),
                Optional.of(new Dependent("Quill", "Teo", LocalDate.of(2015, 11, 3), Sex.MALE, "19")),
                base.traceNumber(), base.traceOriginatorId(), base.dateOfService(), List.of("30", "98"));
    }

    static EligibilityInquiry withSubscriber(Person subscriber) {
        EligibilityInquiry base = forSubscriber();
        return new EligibilityInquiry(base.envelope(), base.bhtReference(), base.source(), base.receiver(),
                subscriber, base.dependent(), base.traceNumber(), base.traceOriginatorId(), base.dateOfService(),
                base.serviceTypeCodes());
    }
}
