package io.claimline.x12.claim;

import io.claimline.x12.Envelope;
import io.claimline.x12.ReadLimits;
import io.claimline.x12.Segment;
import io.claimline.x12.X12Error;
import io.claimline.x12.X12Reader;
import io.claimline.x12.X12RejectedException;
import io.claimline.x12.eligibility.Sex;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads an 837P (005010X222A1) into the same model {@link Claim837Writer} writes. The whole interchange is
 * validated against the 837P schema first (envelope, counts, structure, codes, HL tree); then each part is built
 * through the model's own checks (total equals the lines, pointers, code system by date...). Any error, in either
 * step, rejects the file with every error found, each with its segment position and a reason that quotes no value;
 * nothing is returned partially.
 *
 * <p>Several claims under one subscriber (2000B) or patient (2000C) are read as claims each carrying that
 * subscriber or patient.
 */
public final class Claim837Reader {

    private static final DateTimeFormatter D8 = DateTimeFormatter.BASIC_ISO_DATE;

    private final ReadLimits limits;

    public Claim837Reader() {
        this(ReadLimits.DEFAULT);
    }

    public Claim837Reader(ReadLimits limits) {
        this.limits = limits;
    }

    public ProfessionalClaimBatch read(String interchange) {
        return new Interpretation(X12Reader.read(interchange, ClaimGuides.PROFESSIONAL_837, limits)).batch();
    }

    public ProfessionalClaimBatch read(InputStream interchange) {
        return new Interpretation(X12Reader.read(interchange, ClaimGuides.PROFESSIONAL_837, limits)).batch();
    }

    /** A value the model refused, or one we could not parse: reported at the segment it came from. */
    private static final class Refused extends RuntimeException {
        private final transient Segment segment;

        Refused(Segment segment, String reason) {
            super(reason, null, false, false);
            this.segment = segment;
        }
    }

    /** One pass over the validated segments; the schema guarantees their order, so this only walks it. */
    private static final class Interpretation {
        private final List<Segment> segments;
        private final List<X12Error> errors = new ArrayList<>();
        private int at;

        Interpretation(List<Segment> segments) {
            this.segments = segments;
        }

        ProfessionalClaimBatch batch() {
            try {
                return walk();
            } catch (Refused refused) {
                errors.add(new X12Error(refused.segment.position(), refused.segment.id(), null, refused.getMessage()));
                throw new X12RejectedException(errors);
            }
        }

        private ProfessionalClaimBatch walk() {
            Segment isa = take("ISA");
            Segment gs = take("GS");
            Segment st = take("ST");
            Segment bht = take("BHT");
            Envelope envelope = build(isa, () -> envelope(isa, gs, st));
            Submitter submitter = build(peek(), () -> {
                Segment nm1 = take("NM1");
                Segment per = take("PER");
                while (is("PER")) {
                    take("PER"); // a second contact is allowed by the guide; the model keeps the first
                }
                return new Submitter(nm1.value(3), nm1.value(9), per.value(2), per.value(4));
            });
            Receiver receiver = build(peek(), () -> {
                Segment nm1 = take("NM1");
                return new Receiver(nm1.value(3), nm1.value(9));
            });
            List<BillingProviderClaims> providers = new ArrayList<>();
            while (isLevel("20")) {
                BillingProviderClaims provider = billingProvider();
                if (provider != null) {
                    providers.add(provider);
                }
            }
            ProfessionalClaimBatch batch = null;
            if (errors.isEmpty()) {
                batch = build(bht, () -> new ProfessionalClaimBatch(envelope, bht.value(3), submitter, receiver,
                        providers));
            }
            if (!errors.isEmpty()) {
                throw new X12RejectedException(errors);
            }
            return batch;
        }

        private BillingProviderClaims billingProvider() {
            Segment hl = take("HL");
            Optional<String> taxonomy = is("PRV") ? Optional.of(take("PRV").value(3)) : Optional.empty();
            Segment nm1 = take("NM1");
            Address address = address();
            Segment ref = take("REF");
            BillingProvider provider = build(nm1, () -> new BillingProvider(nm1.value(3), nm1.value(9), taxonomy,
                    ref.value(2), address));
            Optional<Address> payTo = Optional.empty();
            if (isName("87")) {
                take("NM1");
                payTo = Optional.ofNullable(address());
            }
            List<ProfessionalClaim> claims = new ArrayList<>();
            int before = errors.size();
            while (isLevel("22")) {
                claims.addAll(subscriber());
            }
            if (provider == null || errors.size() > before) {
                return null;
            }
            Optional<Address> payToAddress = payTo;
            return build(hl, () -> new BillingProviderClaims(provider, payToAddress, claims));
        }

        private List<ProfessionalClaim> subscriber() {
            take("HL");
            Segment sbr = take("SBR");
            Segment nm1 = take("NM1");
            Optional<Address> address = is("N3") ? Optional.ofNullable(address()) : Optional.empty();
            Segment dmg = is("DMG") ? take("DMG") : null;
            Subscriber subscriber = build(nm1, () -> new Subscriber(nm1.value(3), nm1.value(4), nm1.value(9),
                    date(dmg, 2), sex(dmg), address.orElse(null), PayerResponsibility.ofCode(sbr.value(1)),
                    optional(sbr.value(3)), sbr.value(9)));
            Segment payerName = take("NM1");
            Optional<Address> payerAddress = is("N3") ? Optional.ofNullable(address()) : Optional.empty();
            Payer payer = build(payerName, () -> new Payer(payerName.value(3), payerName.value(9), payerAddress));
            List<ProfessionalClaim> claims = new ArrayList<>();
            while (is("CLM")) {
                claims.add(claim(subscriber, payer, Optional.empty()));
            }
            while (isLevel("23")) {
                take("HL");
                Segment pat = take("PAT");
                Segment patientName = take("NM1");
                Address patientAddress = address();
                Segment patientDmg = take("DMG");
                Patient patient = build(patientName, () -> new Patient(patientName.value(3), patientName.value(4),
                        date(patientDmg, 2), sex(patientDmg), patientAddress, pat.value(1)));
                // null when the patient part was refused: its claims are then checked no further
                Optional<Patient> patientPart = patient == null ? null : Optional.of(patient);
                while (is("CLM")) {
                    claims.add(claim(subscriber, payer, patientPart));
                }
            }
            return claims.stream().filter(Objects::nonNull).toList();
        }

        private ProfessionalClaim claim(Subscriber subscriber, Payer payer, Optional<Patient> patient) {
            int before = errors.size();
            Segment clm = take("CLM");
            Segment onsetDtp = is("DTP") ? take("DTP") : null;
            Optional<String> priorAuthorization = isReference("G1") ? Optional.of(take("REF").value(2)) : Optional.empty();
            Optional<String> original = isReference("F8") ? Optional.of(take("REF").value(2)) : Optional.empty();
            Optional<String> note = is("NTE") ? Optional.of(take("NTE").value(2)) : Optional.empty();
            Segment hi = take("HI");
            Optional<RenderingProvider> rendering = Optional.empty();
            if (isName("82")) {
                Segment nm1 = take("NM1");
                Segment prv = is("PRV") ? take("PRV") : null;
                rendering = Optional.ofNullable(build(nm1, () -> new RenderingProvider(nm1.value(3), nm1.value(4),
                        nm1.value(9), prv == null ? null : prv.value(3))));
            }
            List<ServiceLine> lines = new ArrayList<>();
            while (is("LX")) {
                ServiceLine line = build(peek(), this::serviceLine);
                if (line != null) {
                    lines.add(line);
                }
            }
            if (subscriber == null || payer == null || patient == null || errors.size() > before) {
                return null; // the parts' own errors are already reported; no claim-level checks on a broken part
            }
            Optional<RenderingProvider> renderingProvider = rendering;
            return build(clm, () -> new ProfessionalClaim(subscriber, payer, patient,
                    new ClaimInformation(clm.value(1), amount(clm, 2), clm.component(5, 1),
                            ClaimFrequency.ofCode(clm.component(5, 3)), diagnoses(hi),
                            Optional.ofNullable(date(onsetDtp, 3)), priorAuthorization,
                            original, note, Optional.of(clm.value(20)).filter(code -> !code.isEmpty())),
                    renderingProvider, lines));
        }

        private ServiceLine serviceLine() {
            take("LX");
            Segment sv1 = take("SV1");
            Segment dtp = take("DTP");
            Segment ref = isReference("6R") ? take("REF") : null;
            Optional<String> note = is("NTE") ? Optional.of(take("NTE").value(2)) : Optional.empty();
            List<String> modifiers = new ArrayList<>();
            for (int component = 3; component <= 6; component++) {
                if (!sv1.component(1, component).isEmpty()) {
                    modifiers.add(sv1.component(1, component));
                }
            }
            List<Integer> pointers = new ArrayList<>();
            for (int component = 1; component <= 4; component++) {
                if (!sv1.component(7, component).isEmpty()) {
                    pointers.add(Integer.parseInt(sv1.component(7, component)));
                }
            }
            LocalDate from;
            Optional<LocalDate> to = Optional.empty();
            if (dtp.value(2).equals("RD8")) {
                String[] range = dtp.value(3).split("-", -1);
                if (range.length != 2) {
                    throw new Refused(dtp, "date range must be two dates joined by a hyphen");
                }
                from = parseDate(dtp, range[0]);
                to = Optional.of(parseDate(dtp, range[1]));
            } else {
                from = date(dtp, 3);
            }
            if (!sv1.component(1, 1).equals("HC") || !sv1.value(3).equals("UN")) {
                throw new Refused(sv1, "only HCPCS/CPT procedures (HC) in units (UN) are read");
            }
            return new ServiceLine(sv1.component(1, 2), modifiers, amount(sv1, 2), decimal(sv1, 4),
                    optional(sv1.value(5)), pointers, from, to, ref == null ? null : ref.value(2), note);
        }

        private List<Diagnosis> diagnoses(Segment hi) {
            List<Diagnosis> diagnoses = new ArrayList<>();
            for (int element = 1; element <= 12; element++) {
                String qualifier = hi.component(element, 1);
                if (!qualifier.isEmpty()) {
                    diagnoses.add(new Diagnosis(DiagnosisCodeSystem.ofQualifier(qualifier), hi.component(element, 2)));
                }
            }
            return diagnoses;
        }

        private Address address() {
            Segment n3 = take("N3");
            Segment n4 = take("N4");
            return build(n3, () -> new Address(n3.value(1), optional(n3.value(2)), n4.value(1), n4.value(2),
                    n4.value(3)));
        }

        private static Envelope envelope(Segment isa, Segment gs, Segment st) {
            Envelope.Usage usage = isa.value(15).equals("P") ? Envelope.Usage.PRODUCTION : Envelope.Usage.TEST;
            LocalDateTime createdAt = LocalDate.parse(gs.value(4), D8)
                    .atTime(Integer.parseInt(gs.value(5).substring(0, 2)), Integer.parseInt(gs.value(5).substring(2, 4)));
            return new Envelope(isa.value(5), isa.value(6).strip(), isa.value(7), isa.value(8).strip(),
                    Integer.parseInt(isa.value(13)), Integer.parseInt(gs.value(6)), Integer.parseInt(st.value(2)),
                    usage, gs.value(2), gs.value(3), createdAt);
        }

        private static Sex sex(Segment dmg) {
            if (dmg == null) {
                return null;
            }
            return Arrays.stream(Sex.values()).filter(sex -> sex.code().equals(dmg.value(3))).findFirst()
                    .orElseThrow(() -> new Refused(dmg, "sex must be F, M or U"));
        }

        private static LocalDate date(Segment segment, int element) {
            return segment == null ? null : parseDate(segment, segment.value(element));
        }

        private static LocalDate parseDate(Segment segment, String text) {
            try {
                return LocalDate.parse(text, D8);
            } catch (DateTimeParseException e) {
                throw new Refused(segment, "invalid date");
            }
        }

        private static BigDecimal amount(Segment segment, int element) {
            BigDecimal value = decimal(segment, element);
            if (value.stripTrailingZeros().scale() > 2) {
                throw new Refused(segment, "amount has more than two decimal places");
            }
            return value;
        }

        private static BigDecimal decimal(Segment segment, int element) {
            try {
                return new BigDecimal(segment.value(element));
            } catch (NumberFormatException e) {
                throw new Refused(segment, "invalid number");
            }
        }

        private static Optional<String> optional(String value) {
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        }

        /** A model part built from the file; a refusal becomes an error at the segment it came from. */
        @FunctionalInterface
        private interface Part<T> {
            T get();
        }

        private <T> T build(Segment at, Part<T> part) {
            try {
                return part.get();
            } catch (Refused refused) {
                errors.add(new X12Error(refused.segment.position(), refused.segment.id(), null, refused.getMessage()));
            } catch (IllegalArgumentException | NullPointerException e) {
                // model messages name the field and the rule, never the value: safe to carry
                errors.add(new X12Error(at.position(), at.id(), null, reason(e)));
            }
            return null;
        }

        private static String reason(RuntimeException e) {
            return e instanceof NullPointerException ? "a required part is missing" : e.getMessage();
        }

        private Segment peek() {
            return segments.get(at);
        }

        private boolean is(String id) {
            return at < segments.size() && segments.get(at).id().equals(id);
        }

        private boolean isLevel(String level) {
            return is("HL") && peek().value(3).equals(level);
        }

        private boolean isName(String entity) {
            return is("NM1") && peek().value(1).equals(entity);
        }

        private boolean isReference(String qualifier) {
            return is("REF") && peek().value(1).equals(qualifier);
        }

        private Segment take(String id) {
            if (!is(id)) {
                // The schema allows a few situational shapes this walk does not map (e.g. N4 without N3): refused
                // as a whole, like any other error, at the segment where the walk stopped.
                Segment here = at < segments.size() ? segments.get(at) : segments.get(segments.size() - 1);
                throw new Refused(here, "segment not expected here by the 837P reader (" + id + " expected)");
            }
            return segments.get(at++);
        }
    }
}
