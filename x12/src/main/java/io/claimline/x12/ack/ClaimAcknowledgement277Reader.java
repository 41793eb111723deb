package io.claimline.x12.ack;

import io.claimline.x12.ReadLimits;
import io.claimline.x12.Segment;
import io.claimline.x12.X12Error;
import io.claimline.x12.X12Reader;
import io.claimline.x12.X12RejectedException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads a 277CA health care claim acknowledgement (005010X214). The whole interchange is validated against the 277
 * schema first (envelope, counts, control numbers, loops, usage, code values, HL tree); then every part is built
 * through the model's constructors (claim status categories of code list 507, identifiers, amounts, dates). Any
 * error rejects the file with every error found (segment position, id, element, reason; never a value) and
 * nothing is returned, so nothing is applied from a bad 277CA.
 *
 * <p>What is read: the first 2200A of the information source (further trace loops are validated, not kept); one
 * information source (a second 2000A is an error: one 277CA answers one batch of ours); each STC's composites at
 * the receiver, provider, claim and line levels, with the first STC's date and charge; REF*1K, REF*D9 and DTP*472
 * of a claim; SVC, STC, REF*FJ and DTP*472 of a line. Validated but not kept: STC12 free text (it may quote
 * values of our claim), 2200C's REF, REF*BLT and REF*XZ, SVC04/SVC07, the action code (STC03: the category says
 * the same), a 2000D without claims.
 */
public final class ClaimAcknowledgement277Reader {

    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    private final ReadLimits limits;

    public ClaimAcknowledgement277Reader() {
        this(ReadLimits.DEFAULT);
    }

    public ClaimAcknowledgement277Reader(ReadLimits limits) {
        this.limits = limits;
    }

    public ClaimAcknowledgementReport read(String interchange) {
        return new Interpretation(X12Reader.read(interchange, AckGuides.CLAIM_ACK_277, limits)).report();
    }

    public ClaimAcknowledgementReport read(InputStream interchange) {
        return new Interpretation(X12Reader.read(interchange, AckGuides.CLAIM_ACK_277, limits)).report();
    }

    /** A value we could not parse or the model refused: reported at the segment (and element) it came from. */
    private static final class Refused extends RuntimeException {
        private final transient Segment segment;
        private final Integer element;

        Refused(Segment segment, Integer element, String reason) {
            super(reason, null, false, false);
            this.segment = segment;
            this.element = element;
        }
    }

    /** The STCs of one level: every composite, and the first STC's date and charge. */
    private static final class Statuses {
        final List<StatusCode> codes = new ArrayList<>();
        Segment first;
        LocalDate date;
        BigDecimal charge;
    }

    private static final class Totals {
        Optional<Integer> acceptedQuantity = Optional.empty();
        Optional<Integer> rejectedQuantity = Optional.empty();
        Optional<BigDecimal> acceptedAmount = Optional.empty();
        Optional<BigDecimal> rejectedAmount = Optional.empty();
    }

    private static final class ProviderParts {
        Segment hl;
        Segment nm1;
        Segment trn;
        final Statuses statuses = new Statuses();
        final Totals totals = new Totals();
        final List<ClaimStatus> claims = new ArrayList<>();
    }

    private static final class ClaimParts {
        AcknowledgedPatient patient;
        Segment trn;
        final Statuses statuses = new Statuses();
        Optional<String> payerClaimControlNumber = Optional.empty();
        Optional<String> clearinghouseTraceNumber = Optional.empty();
        LocalDate[] period;
        final List<LineStatus> lines = new ArrayList<>();
    }

    private static final class LineParts {
        Segment svc;
        final Statuses statuses = new Statuses();
        Optional<String> lineItemControlNumber = Optional.empty();
        LocalDate[] period;
    }

    /** One pass over the validated segments; the schema guarantees each loop's content, so this only walks it. */
    private static final class Interpretation {
        private final List<Segment> segments;
        private final List<X12Error> errors = new ArrayList<>();

        private Segment isa;
        private Segment gs;
        private Segment st;
        private Segment bht;
        private String level = "";
        private Segment sourceHl;
        private Segment sourceNm1;
        private Segment sourceTrn;
        private LocalDate receiptDate;
        private LocalDate processDate;
        private boolean sourceTraceRead;
        private Segment receiverHl;
        private Segment receiverNm1;
        private Segment receiverTrn;
        private final Statuses receiverStatuses = new Statuses();
        private final Totals receiverTotals = new Totals();
        private final List<ProviderParts> providers = new ArrayList<>();
        private ProviderParts provider;
        private AcknowledgedPatient patient;
        private ClaimParts claim;
        private LineParts line;

        Interpretation(List<Segment> segments) {
            this.segments = segments;
        }

        ClaimAcknowledgementReport report() {
            for (Segment segment : segments) {
                try {
                    visit(segment);
                } catch (Refused refused) {
                    errors.add(new X12Error(refused.segment.position(), refused.segment.id(), refused.element,
                            refused.getMessage()));
                } catch (IllegalArgumentException | NullPointerException e) {
                    errors.add(new X12Error(segment.position(), segment.id(), null, reason(e)));
                }
            }
            closeClaim();
            ClaimAcknowledgementReport report = null;
            if (errors.isEmpty()) {
                report = build(bht, this::assemble);
            }
            if (!errors.isEmpty()) {
                throw new X12RejectedException(errors);
            }
            return report;
        }

        private void visit(Segment segment) {
            switch (segment.id()) {
                case "ISA" -> isa = segment;
                case "GS" -> gs = segment;
                case "ST" -> st = segment;
                case "BHT" -> bht = segment;
                case "HL" -> hierarchicalLevel(segment);
                case "NM1" -> name(segment);
                case "TRN" -> trace(segment);
                case "STC" -> status(segment);
                case "REF" -> reference(segment);
                case "DTP" -> date(segment);
                case "QTY" -> quantity(segment);
                case "AMT" -> amount(segment);
                case "SVC" -> serviceLine(segment);
                default -> {
                    // SE, GE, IEA: checked by the envelope validation
                }
            }
        }

        private void hierarchicalLevel(Segment hl) {
            closeClaim();
            level = hl.value(3);
            switch (level) {
                case "20" -> {
                    if (sourceHl != null) {
                        throw new Refused(hl, 3, "more than one information source level (2000A); one 277CA "
                                + "is read per batch");
                    }
                    sourceHl = hl;
                }
                case "21" -> {
                    if (receiverHl != null) {
                        throw new Refused(hl, 3, "more than one information receiver level (2000B)");
                    }
                    receiverHl = hl;
                }
                case "19" -> {
                    provider = new ProviderParts();
                    provider.hl = hl;
                    providers.add(provider);
                }
                default -> patient = null; // PT: its NM1 follows
            }
        }

        private void name(Segment nm1) {
            switch (level) {
                case "20" -> sourceNm1 = nm1;
                case "21" -> receiverNm1 = nm1;
                case "19" -> {
                    if (provider.nm1 == null) {
                        provider.nm1 = nm1; // the guide lets 2100C repeat; the first names the provider
                    }
                }
                default -> patient = new AcknowledgedPatient(nm1.value(3), optional(nm1.value(4)), nm1.value(9));
            }
        }

        private void trace(Segment trn) {
            switch (level) {
                case "20" -> {
                    if (sourceTrn == null) {
                        sourceTrn = trn;
                    } else {
                        sourceTraceRead = true; // a further 2200A: its dates are validated, not kept
                    }
                }
                case "21" -> receiverTrn = trn;
                case "19" -> provider.trn = trn;
                default -> {
                    closeClaim();
                    claim = new ClaimParts();
                    claim.trn = trn;
                    claim.patient = patient;
                }
            }
        }

        private void status(Segment stc) {
            Statuses statuses = switch (level) {
                case "21" -> receiverStatuses;
                case "19" -> provider.statuses;
                default -> line != null ? line.statuses : claim.statuses;
            };
            if (statuses.first == null) {
                statuses.first = stc;
                statuses.date = stc.value(2).isEmpty() ? null : date(stc, 2, stc.value(2));
                statuses.charge = stc.value(4).isEmpty() ? null : decimal(stc, 4);
            }
            for (int element : new int[] {1, 10, 11}) {
                if (!stc.component(element, 1).isEmpty()) {
                    try {
                        statuses.codes.add(new StatusCode(stc.component(element, 1), stc.component(element, 2),
                                optional(stc.component(element, 3))));
                    } catch (IllegalArgumentException e) {
                        errors.add(new X12Error(stc.position(), "STC", element, e.getMessage()));
                    }
                }
            }
        }

        private void reference(Segment ref) {
            String value = ref.value(2);
            switch (ref.value(1)) {
                case "1K" -> claim.payerClaimControlNumber = Optional.of(value);
                case "D9" -> claim.clearinghouseTraceNumber = Optional.of(value);
                case "FJ" -> line.lineItemControlNumber = Optional.of(value);
                default -> {
                    // 2200C provider secondary id, REF*BLT, REF*XZ: validated, not kept
                }
            }
        }

        private void date(Segment dtp) {
            switch (dtp.value(1)) {
                case "050" -> {
                    if (!sourceTraceRead) {
                        receiptDate = date(dtp, 3, dtp.value(3));
                    }
                }
                case "009" -> {
                    if (!sourceTraceRead) {
                        processDate = date(dtp, 3, dtp.value(3));
                    }
                }
                default -> { // 472
                    LocalDate[] period = period(dtp);
                    if (line != null) {
                        line.period = period;
                    } else {
                        claim.period = period;
                    }
                }
            }
        }

        private void quantity(Segment qty) {
            Totals totals = level.equals("21") ? receiverTotals : provider.totals;
            BigDecimal value = decimal(qty, 2);
            int count;
            try {
                count = value.intValueExact();
            } catch (ArithmeticException e) {
                throw new Refused(qty, 2, "quantity must be a whole number");
            }
            switch (qty.value(1)) {
                case "90", "QA" -> totals.acceptedQuantity = Optional.of(count);
                default -> totals.rejectedQuantity = Optional.of(count);
            }
        }

        private void amount(Segment amt) {
            Totals totals = level.equals("21") ? receiverTotals : provider.totals;
            BigDecimal value = decimal(amt, 2);
            if (amt.value(1).equals("YU")) {
                totals.acceptedAmount = Optional.of(value);
            } else {
                totals.rejectedAmount = Optional.of(value);
            }
        }

        private void serviceLine(Segment svc) {
            closeLine();
            line = new LineParts();
            line.svc = svc;
        }

        private void closeLine() {
            if (line == null) {
                return;
            }
            LineParts parts = line;
            line = null;
            Segment svc = parts.svc;
            if (parts.statuses.codes.isEmpty()) {
                return; // its status was refused: already reported
            }
            List<String> modifiers = new ArrayList<>();
            for (int component = 3; component <= 6; component++) {
                if (!svc.component(1, component).isEmpty()) {
                    modifiers.add(svc.component(1, component));
                }
            }
            LineStatus built = build(svc, () -> new LineStatus(svc.component(1, 2), modifiers, decimal(svc, 2),
                    parts.statuses.codes, parts.statuses.date, parts.lineItemControlNumber,
                    Optional.ofNullable(parts.period).map(p -> p[0]), Optional.ofNullable(parts.period).map(p -> p[1])));
            if (built != null) {
                claim.lines.add(built);
            }
        }

        private void closeClaim() {
            closeLine();
            if (claim == null) {
                return;
            }
            ClaimParts parts = claim;
            claim = null;
            if (parts.patient == null || parts.statuses.codes.isEmpty() || parts.period == null) {
                return; // the patient's NM1, a status or the service date was refused: already reported
            }
            ClaimStatus built = build(parts.trn, () -> new ClaimStatus(parts.patient, parts.trn.value(2),
                    parts.payerClaimControlNumber, parts.clearinghouseTraceNumber, parts.statuses.codes,
                    parts.statuses.date, parts.statuses.charge, parts.period[0], parts.period[1], parts.lines));
            if (built != null) {
                provider.claims.add(built);
            }
        }

        private ClaimAcknowledgementReport assemble() {
            AcknowledgementSource source = build(sourceNm1, () -> new AcknowledgementSource(
                    AcknowledgementSource.Type.ofCode(sourceNm1.value(1)), sourceNm1.value(3), sourceNm1.value(9),
                    sourceTrn.value(2), receiptDate, processDate));
            AcknowledgementReceiver receiver = build(receiverNm1, () -> new AcknowledgementReceiver(
                    receiverNm1.value(3), receiverNm1.value(9), receiverTrn.value(2), receiverStatuses.codes,
                    receiverStatuses.date, receiverStatuses.charge, totals(receiverTotals)));
            List<ProviderAcknowledgement> acknowledgements = new ArrayList<>();
            for (ProviderParts parts : providers) {
                ProviderAcknowledgement built = build(parts.nm1, () -> new ProviderAcknowledgement(
                        parts.nm1.value(3), parts.nm1.value(8), parts.nm1.value(9), parts.trn.value(2),
                        parts.statuses.codes, parts.statuses.charge, totals(parts.totals), parts.claims));
                acknowledgements.add(built);
            }
            if (!errors.isEmpty()) {
                return null;
            }
            return new ClaimAcknowledgementReport(isa.value(13), gs.value(6), st.value(2), bht.value(3),
                    LocalDateTime.of(date(bht, 4, bht.value(4)), time(bht)), source, receiver, acknowledgements);
        }

        private StatusTotals totals(Totals totals) {
            return new StatusTotals(totals.acceptedQuantity, totals.rejectedQuantity, totals.acceptedAmount,
                    totals.rejectedAmount);
        }

        private <T> T build(Segment at, Supplier<T> part) {
            try {
                return part.get();
            } catch (Refused refused) {
                errors.add(new X12Error(refused.segment.position(), refused.segment.id(), refused.element,
                        refused.getMessage()));
            } catch (IllegalArgumentException | NullPointerException e) {
                // model messages name the field and the rule, never the value: safe to carry
                errors.add(new X12Error(at.position(), at.id(), null, reason(e)));
            }
            return null;
        }

        private static String reason(RuntimeException e) {
            return e instanceof NullPointerException ? "a required part is missing" : e.getMessage();
        }

        private static LocalDate[] period(Segment dtp) {
            String value = dtp.value(3);
            if (dtp.value(2).equals("RD8")) {
                String[] dates = value.split("-", -1);
                if (dates.length != 2) {
                    throw new Refused(dtp, 3, "a date range must be two dates CCYYMMDD-CCYYMMDD");
                }
                LocalDate from = date(dtp, 3, dates[0]);
                LocalDate to = date(dtp, 3, dates[1]);
                if (to.isBefore(from)) {
                    throw new Refused(dtp, 3, "a date range must not end before it begins");
                }
                return new LocalDate[] {from, to};
            }
            LocalDate day = date(dtp, 3, value);
            return new LocalDate[] {day, day};
        }

        private static LocalDate date(Segment segment, int element, String value) {
            try {
                if (value.length() != 8) {
                    throw new Refused(segment, element, "invalid date");
                }
                return LocalDate.parse(value, CCYYMMDD);
            } catch (DateTimeParseException e) {
                throw new Refused(segment, element, "invalid date");
            }
        }

        private static LocalTime time(Segment bht) {
            String value = bht.value(5);
            try {
                return LocalTime.of(Integer.parseInt(value.substring(0, 2)), Integer.parseInt(value.substring(2, 4)));
            } catch (RuntimeException e) {
                throw new Refused(bht, 5, "invalid time");
            }
        }

        private static BigDecimal decimal(Segment segment, int element) {
            try {
                return new BigDecimal(segment.value(element));
            } catch (NumberFormatException e) {
                throw new Refused(segment, element, "invalid number");
            }
        }

        private static Optional<String> optional(String value) {
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        }
    }
}
