package io.claimline.simulator.eligibility;

import io.claimline.simulator.eligibility.EligibilityInquiry.Party;
import io.claimline.simulator.eligibility.EligibilityInquiry.Person;
import io.claimline.simulator.eligibility.EligibilityInquiry.Trace;
import io.claimline.simulator.x12.Segment;
import io.claimline.simulator.x12.UnreadableX12Exception;
import io.claimline.simulator.x12.X12Problem;
import io.claimline.simulator.x12.X12Reading;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Set;

/**
 * Checks a 270 (005010X279A1) against the implementation guide's structure with the simulator's own code, and reads
 * what the answer needs. One information source, one receiver, one subscriber and at most one dependent, as a
 * CORE real-time inquiry carries. The first problem found ends the reading: one IK3 is a complete 999.
 */
public final class Inquiry270Reader {

    static final String IMPLEMENTATION = "005010X279A1";
    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Set<String> KNOWN = Set.of("ST", "BHT", "HL", "NM1", "TRN", "REF", "N3", "N4", "PRV",
            "DMG", "INS", "HI", "DTP", "EQ", "AMT", "III", "SE");
    private static final Set<String> NAME_DETAIL = Set.of("REF", "N3", "N4", "PRV", "DMG", "INS", "HI", "DTP");
    private static final Set<String> INQUIRY_DETAIL = Set.of("AMT", "III", "REF", "DTP");

    private List<Segment> set;
    private int at;
    private Segment gs;
    private Segment st;

    /** Reads the interchange's one 270; a reader serves one payload. */
    public EligibilityInquiry read(X12Reading reading) throws InquiryRejected, UnreadableX12Exception {
        List<Segment> segments = reading.segments();
        Segment isa = segments.get(0);
        if (!isa.element(12).equals("00501")) {
            throw new UnreadableX12Exception("ISA12 is not 00501", 1);
        }
        if (segments.size() < 5 || !segments.get(1).tag().equals("GS")) {
            throw new UnreadableX12Exception("no functional group after ISA", 2);
        }
        gs = segments.get(1);
        Segment ge = segments.get(segments.size() - 2);
        Segment iea = segments.get(segments.size() - 1);
        if (!iea.element(2).equals(isa.element(13)) || !iea.element(1).equals("1")) {
            throw new UnreadableX12Exception("IEA does not close the interchange (count or control number)",
                    segments.size());
        }
        // GS01 of an inquiry is HS (Eligibility, Coverage or Benefit Inquiry); HB is the 271's, the answer.
        if (!gs.element(1).equals("HS") || !gs.element(8).equals(IMPLEMENTATION)) {
            throw new InquiryRejected(gs, null, List.of(), "");
        }
        if (!ge.tag().equals("GE") || !ge.element(2).equals(gs.element(6))) {
            throw new UnreadableX12Exception("GE does not close the functional group", segments.size() - 1);
        }
        int end = segments.size() - 2;
        if (!segments.get(2).tag().equals("ST") || !segments.get(end - 1).tag().equals("SE")) {
            throw new UnreadableX12Exception("the functional group holds no complete transaction set", 3);
        }
        set = segments.subList(2, end);
        st = set.get(0);
        long sets = set.stream().filter(segment -> segment.tag().equals("ST")).count();
        if (sets != 1 || !ge.element(1).equals("1")) {
            throw new UnreadableX12Exception("a real-time inquiry carries exactly one transaction set", 3);
        }
        // Envelope problems StAEDI found inside the set (SE count, SE02) are the 999's; others end the reading.
        for (X12Problem problem : reading.problems()) {
            if (problem.segmentPosition() == 0) {
                throw new UnreadableX12Exception("envelope segment " + problem.segmentId() + ": "
                        + problem.reason(), 1);
            }
        }
        return readSet(isa);
    }

    private EligibilityInquiry readSet(Segment isa) throws InquiryRejected {
        at = 0;
        Segment header = next("ST", "");
        code(header, "", 1, "270");
        code(header, "", 3, IMPLEMENTATION);
        Segment bht = next("BHT", "");
        code(bht, "", 1, "0022");
        code(bht, "", 2, "13");
        required(bht, "", 3);
        date(bht, "", 4);
        required(bht, "", 5);

        hl("2000A", "1", "", "20");
        Segment source = next("NM1", "2100A");
        code(source, "2100A", 1, "PR");
        required(source, "2100A", 3);
        oneOf(source, "2100A", 8, Set.of("PI", "XV"));
        required(source, "2100A", 9);
        Party payer = party(source);

        hl("2000B", "2", "1", "21");
        Segment receiverName = next("NM1", "2100B");
        required(receiverName, "2100B", 1);
        oneOf(receiverName, "2100B", 2, Set.of("1", "2"));
        required(receiverName, "2100B", 3);
        if (receiverName.element(8).equals("XX")) {
            npi(receiverName, "2100B", 9);
        }
        Party receiver = party(receiverName);
        skip(NAME_DETAIL, "2100B");

        Segment subscriberLevel = hl("2000C", "3", "2", "22");
        Trace subscriberTrace = traces("2000C");
        Segment subscriberName = next("NM1", "2100C");
        code(subscriberName, "2100C", 1, "IL");
        oneOf(subscriberName, "2100C", 2, Set.of("1"));
        if (!subscriberName.element(8).isEmpty()) {
            code(subscriberName, "2100C", 8, "MI");
            required(subscriberName, "2100C", 9);
        }
        PersonDetail subscriberDetail = nameDetail("2100C");
        int subscriberInquiries = inquiries("2110C");

        Person dependent = null;
        PersonDetail dependentDetail = null;
        if (peekIs("HL")) {
            if (!subscriberLevel.element(4).equals("1")) {
                throw element(subscriberLevel, "2000C", 4, X12Problem.INVALID_CODE_VALUE,
                        "a dependent follows, so HL04 must be 1");
            }
            hl("2000D", "4", "3", "23");
            Trace dependentTrace = traces("2000D");
            Segment dependentName = next("NM1", "2100D");
            code(dependentName, "2100D", 1, "03");
            oneOf(dependentName, "2100D", 2, Set.of("1"));
            required(dependentName, "2100D", 3);
            dependentDetail = nameDetail("2100D");
            int dependentInquiries = inquiries("2110D");
            if (dependentInquiries == 0) {
                throw missing("EQ", "2110D", "a dependent's inquiry needs an EQ");
            }
            dependent = new Person(dependentName.element(3), dependentName.element(4), dependentName.element(5),
                    "", dependentDetail.birthDate, dependentDetail.gender, dependentTrace);
        } else if (subscriberInquiries == 0) {
            throw missing("EQ", "2110C", "the subscriber's inquiry needs an EQ");
        }
        Segment trailer = next("SE", "");
        if (at != set.size()) {
            Segment extra = set.get(at);
            throw new InquiryRejected(gs, st, List.of(X12Problem.segment(extra.tag(), extra.positionInSet(), "",
                    X12Problem.UNEXPECTED_SEGMENT, "segment after SE")), "5");
        }
        if (!trailer.element(1).equals(Integer.toString(set.size()))) {
            throw new InquiryRejected(gs, st, List.of(new X12Problem("SE", trailer.positionInSet(), "",
                    X12Problem.SEGMENT_HAS_DATA_ELEMENT_ERRORS, 1, 0, X12Problem.INVALID_CODE_VALUE,
                    "SE01 is not the number of segments in the set")), "4");
        }
        if (!trailer.element(2).equals(header.element(2))) {
            throw new InquiryRejected(gs, st, List.of(new X12Problem("SE", trailer.positionInSet(), "",
                    X12Problem.SEGMENT_HAS_DATA_ELEMENT_ERRORS, 2, 0, X12Problem.INVALID_CODE_VALUE,
                    "SE02 differs from ST02")), "3");
        }
        Person subscriber = new Person(subscriberName.element(3), subscriberName.element(4),
                subscriberName.element(5), subscriberName.element(9), subscriberDetail.birthDate,
                subscriberDetail.gender, subscriberTrace);
        LocalDate serviceDate = dependentDetail != null && dependentDetail.serviceDate != null
                ? dependentDetail.serviceDate : subscriberDetail.serviceDate;
        return new EligibilityInquiry(isa, gs, header, bht.element(3), payer, receiver, subscriber, dependent,
                serviceDate);
    }

    private record PersonDetail(String birthDate, String gender, LocalDate serviceDate) {
    }

    private PersonDetail nameDetail(String loop) throws InquiryRejected {
        String birthDate = "";
        String gender = "";
        LocalDate serviceDate = null;
        while (peekIn(NAME_DETAIL)) {
            Segment segment = next(set.get(at).tag(), loop);
            if (segment.tag().equals("DMG")) {
                code(segment, loop, 1, "D8");
                date(segment, loop, 2);
                birthDate = segment.element(2);
                if (!segment.element(3).isEmpty()) {
                    oneOf(segment, loop, 3, Set.of("M", "F", "U"));
                }
                gender = segment.element(3);
            } else if (segment.tag().equals("DTP")) {
                code(segment, loop, 1, "291");
                serviceDate = serviceDate(segment, loop);
            }
        }
        return new PersonDetail(birthDate, gender, serviceDate);
    }

    private int inquiries(String loop) throws InquiryRejected {
        int count = 0;
        while (peekIs("EQ")) {
            Segment eq = next("EQ", loop);
            if (eq.element(1).isEmpty() && eq.element(2).isEmpty()) {
                throw element(eq, loop, 1, X12Problem.MANDATORY_ELEMENT_MISSING,
                        "EQ needs a service type code (EQ01) or a procedure (EQ02)");
            }
            count++;
            skip(INQUIRY_DETAIL, loop);
        }
        return count;
    }

    private Trace traces(String loop) throws InquiryRejected {
        Trace first = null;
        while (peekIs("TRN")) {
            Segment trn = next("TRN", loop);
            code(trn, loop, 1, "1");
            required(trn, loop, 2);
            required(trn, loop, 3);
            if (trn.element(3).length() != 10) {
                throw element(trn, loop, 3, trn.element(3).length() < 10 ? X12Problem.TOO_SHORT
                        : X12Problem.TOO_LONG, "the originating company identifier has 10 characters");
            }
            if (first == null) {
                first = new Trace(trn.element(2), trn.element(3), trn.element(4));
            }
        }
        return first;
    }

    private Segment hl(String loop, String id, String parent, String level) throws InquiryRejected {
        Segment hl = next("HL", loop);
        code(hl, loop, 1, id);
        if (!hl.element(2).equals(parent)) {
            throw element(hl, loop, 2, X12Problem.INVALID_CODE_VALUE, "HL02 must name the parent level " + (parent.isEmpty()
                    ? "(none at the information source)" : parent));
        }
        code(hl, loop, 3, level);
        if (!level.equals("23")) {
            oneOf(hl, loop, 4, Set.of("0", "1"));
        }
        return hl;
    }

    private void skip(Set<String> allowed, String loop) throws InquiryRejected {
        while (peekIn(allowed)) {
            next(set.get(at).tag(), loop);
        }
    }

    private boolean peekIs(String tag) {
        return at < set.size() && set.get(at).tag().equals(tag);
    }

    private boolean peekIn(Set<String> tags) {
        return at < set.size() && tags.contains(set.get(at).tag());
    }

    private Segment next(String tag, String loop) throws InquiryRejected {
        if (at >= set.size()) {
            throw missing(tag, loop, tag + " is missing");
        }
        Segment segment = set.get(at);
        if (!segment.tag().equals(tag)) {
            boolean known = KNOWN.contains(segment.tag());
            throw new InquiryRejected(gs, st, List.of(X12Problem.segment(segment.tag(), segment.positionInSet(),
                    loop, known ? X12Problem.UNEXPECTED_SEGMENT : X12Problem.UNRECOGNIZED_SEGMENT,
                    (known ? "unexpected segment" : "segment not in the 270") + ", expected " + tag)), "5");
        }
        at++;
        return segment;
    }

    private InquiryRejected missing(String tag, String loop, String reason) {
        int position = at < set.size() ? set.get(at).positionInSet() : set.size();
        return new InquiryRejected(gs, st, List.of(X12Problem.segment(tag, position, loop,
                X12Problem.MANDATORY_SEGMENT_MISSING, reason)), "5");
    }

    private InquiryRejected element(Segment segment, String loop, int position, String code, String reason) {
        return new InquiryRejected(gs, st, List.of(X12Problem.element(segment, loop, position, code, reason)), "5");
    }

    private void required(Segment segment, String loop, int position) throws InquiryRejected {
        if (segment.element(position).isBlank()) {
            throw element(segment, loop, position, X12Problem.MANDATORY_ELEMENT_MISSING,
                    segment.tag() + String.format("%02d", position) + " is required");
        }
    }

    private void code(Segment segment, String loop, int position, String expected) throws InquiryRejected {
        oneOf(segment, loop, position, Set.of(expected));
    }

    private void oneOf(Segment segment, String loop, int position, Set<String> allowed) throws InquiryRejected {
        required(segment, loop, position);
        if (!allowed.contains(segment.element(position))) {
            throw element(segment, loop, position, X12Problem.INVALID_CODE_VALUE, segment.tag()
                    + String.format("%02d", position) + " must be " + String.join(" or ", allowed.stream()
                    .sorted().toList()));
        }
    }

    private LocalDate date(Segment segment, String loop, int position) throws InquiryRejected {
        required(segment, loop, position);
        return parse(segment, loop, position, segment.element(position));
    }

    private LocalDate parse(Segment segment, String loop, int position, String text) throws InquiryRejected {
        try {
            return LocalDate.parse(text, CCYYMMDD);
        } catch (DateTimeParseException e) {
            throw element(segment, loop, position, X12Problem.INVALID_DATE, segment.tag()
                    + String.format("%02d", position) + " is not a date (CCYYMMDD)");
        }
    }

    private LocalDate serviceDate(Segment dtp, String loop) throws InquiryRejected {
        oneOf(dtp, loop, 2, Set.of("D8", "RD8"));
        required(dtp, loop, 3);
        String value = dtp.element(3);
        if (dtp.element(2).equals("D8")) {
            return parse(dtp, loop, 3, value);
        }
        String[] range = value.split("-", -1);
        if (range.length != 2) {
            throw element(dtp, loop, 3, X12Problem.INVALID_DATE, "DTP03 is not a range CCYYMMDD-CCYYMMDD");
        }
        LocalDate from = parse(dtp, loop, 3, range[0]);
        if (parse(dtp, loop, 3, range[1]).isBefore(from)) {
            throw element(dtp, loop, 3, X12Problem.INVALID_DATE, "DTP03 ends before it begins");
        }
        return from;
    }

    /** An NPI: 10 digits whose last is the Luhn check digit over the 80840 prefix. */
    private void npi(Segment segment, String loop, int position) throws InquiryRejected {
        String npi = segment.element(position);
        if (!npi.matches("\\d{10}") || !luhn("80840" + npi)) {
            throw element(segment, loop, position, X12Problem.INVALID_CODE_VALUE, "not a valid NPI");
        }
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (twice) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    private static Party party(Segment nm1) {
        return new Party(nm1.element(1), nm1.element(2), nm1.element(3), nm1.element(4), nm1.element(8), nm1.element(9));
    }
}
