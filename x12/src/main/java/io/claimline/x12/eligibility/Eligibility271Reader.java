package io.claimline.x12.eligibility;

import io.claimline.x12.ReadLimits;
import io.claimline.x12.Segment;
import io.claimline.x12.X12Error;
import io.claimline.x12.X12Reader;
import io.claimline.x12.X12RejectedException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads a 271 eligibility response (005010X279A1). The whole interchange is validated against the 271 schema
 * first; any error, there or in the values we interpret (dates, amounts), rejects it with every error found and
 * nothing is returned.
 *
 * <p>The patient's level is the dependent's loops (2000D...) when the response has them, else the subscriber's.
 * Where several EBs give the same figure, the in-network one (EB12 Y) is preferred over one without a network
 * indicator, and that over out-of-network; then individual coverage (EB02 IND) over none, and none over family or
 * others; then the first in the file.
 */
public final class Eligibility271Reader {

    private static final Set<String> ACTIVE = Set.of("1", "2", "3", "4", "5");
    private static final Set<String> COVERAGE = Set.of("1", "2", "3", "4", "5", "6", "7", "8");
    private static final Set<String> PLAN_REFERENCES = Set.of("18", "6P");
    private static final DateTimeFormatter D8 = DateTimeFormatter.BASIC_ISO_DATE;

    private final ReadLimits limits;

    public Eligibility271Reader() {
        this(ReadLimits.DEFAULT);
    }

    public Eligibility271Reader(ReadLimits limits) {
        this.limits = limits;
    }

    public EligibilityResponse read(String interchange) {
        return interpret(X12Reader.read(interchange, EligibilityGuides.RESPONSE_271, limits));
    }

    public EligibilityResponse read(InputStream interchange) {
        return interpret(X12Reader.read(interchange, EligibilityGuides.RESPONSE_271, limits));
    }

    private static EligibilityResponse interpret(List<Segment> segments) {
        return new Interpretation(segments).response();
    }

    /** One benefit: an EB and the segments of its 2110 loop occurrence (dates, references, messages). */
    private record Benefit(Segment eb, List<Segment> details) {

        String info() {
            return eb.value(1);
        }

        int preference() {
            String network = eb.value(12);
            String level = eb.value(2);
            int networkRank = network.equals("Y") ? 0 : network.isEmpty() || network.equals("W") ? 1 : 2;
            int levelRank = level.equals("IND") ? 0 : level.isEmpty() ? 1 : 2;
            return networkRank * 3 + levelRank;
        }
    }

    private static final class Interpretation {
        private final List<Segment> segments;
        private final List<X12Error> errors = new ArrayList<>();
        private final String level;

        Interpretation(List<Segment> segments) {
            this.segments = segments;
            this.level = segments.stream().anyMatch(s -> inLoop(s, "2000D", "2100D", "2110D")) ? "D" : "C";
        }

        EligibilityResponse response() {
            onePatientOnly();
            List<Rejection> rejections = segments.stream()
                    .filter(s -> s.id().equals("AAA"))
                    .map(s -> new Rejection(s.loop(), s.value(3), s.value(4), RejectReasons.reason(s.value(3))))
                    .toList();
            List<Benefit> benefits = benefits();
            List<Benefit> coverage = benefits.stream().filter(b -> COVERAGE.contains(b.info())).toList();
            EligibilityResponse.Status status = !rejections.isEmpty() ? EligibilityResponse.Status.REJECTED
                    : coverage.stream().anyMatch(b -> ACTIVE.contains(b.info())) ? EligibilityResponse.Status.ACTIVE
                    : EligibilityResponse.Status.INACTIVE;

            LocalDate[] plan = planDates(coverage);
            Benefits figures = new Benefits(
                    amount(best(benefits, b -> b.info().equals("B"), 7)),
                    percent(best(benefits, b -> b.info().equals("A"), 8)),
                    amount(best(benefits, b -> b.info().equals("C") && b.eb.value(6).equals("23"), 7)),
                    amount(best(benefits, b -> b.info().equals("C") && b.eb.value(6).equals("29"), 7)),
                    amount(best(benefits, b -> b.info().equals("G") && b.eb.value(6).equals("23"), 7)),
                    amount(best(benefits, b -> b.info().equals("G") && b.eb.value(6).equals("29"), 7)));
            if (!errors.isEmpty()) {
                throw new X12RejectedException(errors.stream().distinct().toList());
            }
            return new EligibilityResponse(traceNumber(), status, rejections, payerName(), memberId(),
                    planName(coverage), plan[0], plan[1], figures);
        }

        /**
         * We send one inquiry about one patient; a response about several would mix their benefits. Valid X12, but
         * not an answer to our question.
         */
        private void onePatientOnly() {
            for (String levelCode : List.of("22", "23")) {
                segments.stream().filter(s -> s.is("HL", 3, levelCode)).skip(1).findFirst().ifPresent(extra ->
                        errors.add(new X12Error(extra.position(), "HL", 3,
                                "more than one " + (levelCode.equals("22") ? "subscriber" : "dependent")
                                        + " in the response; an inquiry is about one patient")));
            }
        }

        private String traceNumber() {
            Predicate<Segment> echoed = s -> s.is("TRN", 1, "2");
            return segments.stream().filter(echoed.and(s -> inLoop(s, "2000" + level))).findFirst()
                    .or(() -> segments.stream().filter(echoed).findFirst())
                    .map(s -> s.value(2)).orElse(null);
        }

        private String payerName() {
            return first(s -> s.id().equals("NM1") && inLoop(s, "2100A"), 3);
        }

        private String memberId() {
            return first(s -> s.id().equals("NM1") && inLoop(s, "2100C"), 9);
        }

        private String planName(List<Benefit> coverage) {
            return coverage.stream().map(b -> b.eb.value(5)).filter(v -> !v.isEmpty()).findFirst()
                    .orElseGet(() -> first(s -> s.id().equals("REF") && PLAN_REFERENCES.contains(s.value(1))
                            && inLoop(s, "2100" + level, "2110" + level, "2100C") && !s.value(3).isEmpty(), 3));
        }

        /** The 2100 dates of the patient, then of the subscriber, then those given with the coverage EBs. */
        private LocalDate[] planDates(List<Benefit> coverage) {
            List<Segment> dates = new ArrayList<>();
            segments.stream().filter(s -> s.id().equals("DTP") && inLoop(s, "2100" + level)).forEach(dates::add);
            if (level.equals("D")) {
                segments.stream().filter(s -> s.id().equals("DTP") && inLoop(s, "2100C")).forEach(dates::add);
            }
            coverage.forEach(b -> b.details.stream().filter(s -> s.id().equals("DTP")).forEach(dates::add));
            LocalDate begin = null;
            LocalDate end = null;
            LocalDate[] range = null;
            for (Segment dtp : dates) {
                switch (dtp.value(1)) {
                    case "346" -> begin = begin != null ? begin : single(dtp);
                    case "347" -> end = end != null ? end : single(dtp);
                    case "291" -> range = range != null ? range : range(dtp);
                    default -> {
                        // other dates (eligibility begin, service, ...) do not bound the plan
                    }
                }
            }
            if (range != null) {
                begin = begin != null ? begin : range[0];
                end = end != null ? end : range[1];
            }
            return new LocalDate[] {begin, end};
        }

        private List<Benefit> benefits() {
            List<Benefit> benefits = new ArrayList<>();
            String loop = "2110" + level;
            Benefit current = null;
            for (Segment segment : segments) {
                if (segment.id().equals("EB") && loop.equals(segment.loop())) {
                    current = new Benefit(segment, new ArrayList<>());
                    benefits.add(current);
                } else if (current != null && loop.equals(segment.loop())) {
                    current.details.add(segment);
                } else if (current != null && !nestedIn2110(segment)) {
                    current = null;
                }
            }
            return benefits;
        }

        private Optional<Segment> best(List<Benefit> benefits, Predicate<Benefit> kind, int element) {
            return benefits.stream()
                    .filter(kind)
                    .filter(b -> !b.eb.value(element).isEmpty())
                    .min(Comparator.comparingInt(Benefit::preference))
                    .map(Benefit::eb);
        }

        private BigDecimal amount(Optional<Segment> eb) {
            return eb.map(s -> {
                BigDecimal value = decimal(s, 7);
                if (value == null) {
                    return null;
                }
                if (value.signum() < 0) {
                    errors.add(new X12Error(s.position(), "EB", 7, "benefit amount must not be negative"));
                    return null;
                }
                try {
                    return value.setScale(2, RoundingMode.UNNECESSARY);
                } catch (ArithmeticException e) {
                    errors.add(new X12Error(s.position(), "EB", 7, "benefit amount has more than two decimals"));
                    return null;
                }
            }).orElse(null);
        }

        private BigDecimal percent(Optional<Segment> eb) {
            return eb.map(s -> {
                BigDecimal value = decimal(s, 8);
                if (value == null) {
                    return null;
                }
                if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
                    errors.add(new X12Error(s.position(), "EB", 8, "benefit percent must be a fraction from 0 to 1"));
                    return null;
                }
                return value.scale() < 2 ? value.setScale(2) : value;
            }).orElse(null);
        }

        private BigDecimal decimal(Segment eb, int element) {
            try {
                return new BigDecimal(eb.value(element));
            } catch (NumberFormatException e) {
                errors.add(new X12Error(eb.position(), "EB", element, "not a decimal number"));
                return null;
            }
        }

        private LocalDate single(Segment dtp) {
            if (!dtp.value(2).equals("D8")) {
                return range(dtp)[0];
            }
            return date(dtp, dtp.value(3));
        }

        private LocalDate[] range(Segment dtp) {
            String value = dtp.value(3);
            if (dtp.value(2).equals("RD8")) {
                String[] parts = value.split("-", -1);
                if (parts.length != 2) {
                    errors.add(new X12Error(dtp.position(), "DTP", 3, "date range must be CCYYMMDD-CCYYMMDD"));
                    return new LocalDate[] {null, null};
                }
                return new LocalDate[] {date(dtp, parts[0]), date(dtp, parts[1])};
            }
            return new LocalDate[] {date(dtp, value), null};
        }

        private LocalDate date(Segment dtp, String value) {
            try {
                if (value.length() == 8) {
                    return LocalDate.parse(value, D8);
                }
            } catch (DateTimeParseException e) {
                // reported below
            }
            errors.add(new X12Error(dtp.position(), "DTP", 3, "date must be a valid CCYYMMDD date"));
            return null;
        }

        private String first(Predicate<Segment> which, int element) {
            return segments.stream().filter(which).map(s -> s.value(element)).filter(v -> !v.isEmpty())
                    .findFirst().orElse(null);
        }

        /** 2115 (additional information) and 2120 (benefit related entity) loops sit inside a 2110 loop. */
        private boolean nestedIn2110(Segment segment) {
            return inLoop(segment, "2115" + level, "2120" + level);
        }

        private static boolean inLoop(Segment segment, String... loops) {
            for (String loop : loops) {
                if (loop.equals(segment.loop())) {
                    return true;
                }
            }
            return false;
        }
    }
}
