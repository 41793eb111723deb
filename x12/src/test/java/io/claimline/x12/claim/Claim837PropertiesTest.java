package io.claimline.x12.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimline.x12.Envelope;
import io.claimline.x12.X12RejectedException;
import io.claimline.x12.eligibility.Sex;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

class Claim837PropertiesTest {

    private final Claim837Writer writer = new Claim837Writer();
    private final Claim837Reader reader = new Claim837Reader();

    @Property(tries = 150)
    void randomValidBatchesReadBackToTheSameModel(@ForAll("batches") ProfessionalClaimBatch batch) {
        assertThat(reader.read(writer.write(batch))).isEqualTo(batch);
    }

    @Property(tries = 100)
    void segmentCountsAndControlNumbersHold(@ForAll("batches") ProfessionalClaimBatch batch) {
        List<List<String>> segments = Arrays.stream(writer.write(batch).split("~"))
                .map(segment -> Arrays.asList(segment.split("\\*", -1))).toList();
        List<String> isa = segments.get(0);
        List<String> gs = segments.get(1);
        List<String> st = segments.get(2);
        List<String> se = segments.get(segments.size() - 3);
        List<String> ge = segments.get(segments.size() - 2);
        List<String> iea = segments.get(segments.size() - 1);
        Envelope envelope = batch.envelope();

        assertThat(se.get(0)).isEqualTo("SE");
        assertThat(Integer.parseInt(se.get(1))).isEqualTo(segments.size() - 4); // ST..SE inclusive
        assertThat(Integer.parseInt(st.get(2))).isEqualTo(Integer.parseInt(se.get(2)))
                .isEqualTo(envelope.transactionControlNumber());
        assertThat(Integer.parseInt(gs.get(6))).isEqualTo(Integer.parseInt(ge.get(2)))
                .isEqualTo(envelope.groupControlNumber());
        assertThat(Integer.parseInt(isa.get(13))).isEqualTo(Integer.parseInt(iea.get(2)))
                .isEqualTo(envelope.interchangeControlNumber());
        assertThat(ge.get(1)).isEqualTo("1");
        assertThat(iea.get(1)).isEqualTo("1");
        assertThat(segments).filteredOn(s -> s.get(0).equals("CLM")).extracting(s -> s.get(1))
                .containsExactlyElementsOf(batch.claims().stream().map(c -> c.claim().patientControlNumber()).toList());
        assertThat(segments).filteredOn(s -> s.get(0).equals("LX")).hasSize(
                batch.claims().stream().mapToInt(c -> c.lines().size()).sum());
        List<String> hlIds = segments.stream().filter(s -> s.get(0).equals("HL")).map(s -> s.get(1)).toList();
        for (int i = 0; i < hlIds.size(); i++) {
            assertThat(hlIds.get(i)).isEqualTo(String.valueOf(i + 1));
        }
    }

    /** The reader's whole contract on broken input: a batch or a rejection, never another exception. */
    @Property(tries = 300)
    void mutatedFilesAreReadOrRejected(@ForAll("mutations") String input) {
        try {
            assertThat(reader.read(input).claims()).isNotEmpty();
        } catch (X12RejectedException rejected) {
            assertThat(rejected.errors()).isNotEmpty();
        }
    }

    @Property(tries = 100)
    void truncatedFilesAreRejected(@ForAll @IntRange(min = 0, max = 1400) int cut) {
        String valid = writer.write(DemoClaims.fourLinesWithModifiers());
        try {
            reader.read(valid.substring(0, Math.min(cut, valid.length() - 1)));
            throw new AssertionError("a truncated file was read");
        } catch (X12RejectedException rejected) {
            assertThat(rejected.errors()).isNotEmpty();
        }
    }

    @Provide
    Arbitrary<String> mutations() {
        List<String> valid = Claim837GoldenFilesTest.DEMO_SET.values().stream()
                .map(demo -> writer.write(demo.get())).toList();
        Arbitrary<Character> character = Arbitraries.oneOf(
                Arbitraries.of('~', '*', ':', '^', '\n', ' ', '0', '1', '9', 'A', 'Z', '-', '.', '\u00e9'),
                Arbitraries.chars());
        return Combinators.combine(Arbitraries.of(valid), Arbitraries.integers().between(0, 10_000), character,
                Arbitraries.integers().between(0, 3), Arbitraries.integers().between(1, 30))
                .as((text, at, c, mutation, length) -> {
                    int from = at % text.length();
                    int end = Math.min(text.length(), from + length);
                    return switch (mutation) {
                        case 0 -> text.substring(0, from) + c + text.substring(Math.min(text.length(), from + 1));
                        case 1 -> text.substring(0, from) + c + text.substring(from);
                        case 2 -> text.substring(0, from) + text.substring(end);
                        default -> text.substring(0, end) + text.substring(from);
                    };
                });
    }

    // ---- generators of valid batches ----

    @Provide
    Arbitrary<ProfessionalClaimBatch> batches() {
        Arbitrary<Envelope> envelope = Combinators.combine(controlNumber(), controlNumber(), controlNumber(),
                Arbitraries.of(Envelope.Usage.values()),
                Arbitraries.integers().between(0, 3650), Arbitraries.integers().between(0, 1439))
                .as((isa, gs, st, usage, day, minute) -> new Envelope("ZZ", "CLAIMLINE", "ZZ", "CLEARHOUSE01", isa, gs,
                        st, usage, "CLAIMLINE", "CLEARHOUSE01",
                        LocalDateTime.of(2020, 1, 1, 0, 0).plusDays(day).plusMinutes(minute)));
        Arbitrary<BillingProviderClaims> provider = Combinators.combine(billingProvider(),
                address().optional(), claim().list().ofMinSize(1).ofMaxSize(3))
                .as((billing, payTo, claims) -> new BillingProviderClaims(billing, payTo, claims));
        return Combinators.combine(envelope, identifier(1, 30), provider.list().ofMinSize(1).ofMaxSize(2))
                .as((env, reference, providers) -> new ProfessionalClaimBatch(env, reference, DemoClaims.submitter(),
                        DemoClaims.receiver(), numbered(providers)));
    }

    /** Patient control numbers must be unique in a batch: give each claim its place in the file. */
    private static List<BillingProviderClaims> numbered(List<BillingProviderClaims> providers) {
        List<BillingProviderClaims> numbered = new ArrayList<>();
        int n = 0;
        for (BillingProviderClaims provider : providers) {
            List<ProfessionalClaim> claims = new ArrayList<>();
            for (ProfessionalClaim claim : provider.claims()) {
                ClaimInformation c = claim.claim();
                String controlNumber = ("C" + (++n) + "-" + c.patientControlNumber());
                controlNumber = controlNumber.substring(0, Math.min(20, controlNumber.length()));
                claims.add(new ProfessionalClaim(claim.subscriber(), claim.payer(), claim.patient(),
                        new ClaimInformation(controlNumber, c.totalCharge(), c.placeOfService(), c.frequency(),
                                c.diagnoses(), c.onsetOfCurrentIllness(), c.priorAuthorization(),
                                c.payerClaimControlNumber(), c.note()),
                        claim.renderingProvider(), claim.lines()));
            }
            numbered.add(new BillingProviderClaims(provider.billingProvider(), provider.payToAddress(), claims));
        }
        return numbered;
    }

    private Arbitrary<ProfessionalClaim> claim() {
        Arbitrary<Boolean> icd10 = Arbitraries.frequency(Tuple.of(9, true), Tuple.of(1, false));
        return icd10.flatMap(modern -> Arbitraries.integers().between(1, 12).flatMap(diagnosisCount ->
                Combinators.combine(subscriber(), payer(), patient().optional(),
                        diagnoses(modern, diagnosisCount), renderingProvider().optional(),
                        line(modern, diagnosisCount).list().ofMinSize(1).ofMaxSize(6), claimExtras(), identifier(1, 12))
                        .as((subscriber, payer, patient, diagnoses, rendering, lines, extras, controlNumber) -> {
                            List<ServiceLine> numberedLines = new ArrayList<>();
                            for (int i = 0; i < lines.size(); i++) {
                                ServiceLine l = lines.get(i);
                                numberedLines.add(new ServiceLine(l.procedureCode(), l.modifiers(), l.charge(),
                                        l.units(), l.placeOfService(), l.diagnosisPointers(), l.serviceDate(),
                                        l.serviceDateTo(), l.lineControlNumber() + "-" + (i + 1), l.note()));
                            }
                            BigDecimal total = numberedLines.stream().map(ServiceLine::charge)
                                    .reduce(BigDecimal.ZERO, BigDecimal::add);
                            ClaimInformation information = new ClaimInformation(controlNumber, total, extras.pos(),
                                    extras.frequency(), diagnoses, extras.onset(), extras.priorAuthorization(),
                                    extras.frequency().referencesOriginal() ? Optional.of("ORIG" + controlNumber)
                                            : Optional.empty(),
                                    extras.note());
                            return new ProfessionalClaim(subscriber, payer, patient, information, rendering,
                                    numberedLines);
                        })));
    }

    private record Extras(String pos, ClaimFrequency frequency, Optional<LocalDate> onset,
            Optional<String> priorAuthorization, Optional<String> note) {
    }

    private Arbitrary<Extras> claimExtras() {
        return Combinators.combine(Arbitraries.of("11", "02", "22", "12", "20"), Arbitraries.of(ClaimFrequency.values()),
                date(LocalDate.of(2015, 1, 1), LocalDate.of(2026, 12, 31)).optional(), identifier(1, 20).optional(),
                text(80).optional())
                .as(Extras::new);
    }

    private Arbitrary<List<Diagnosis>> diagnoses(boolean icd10, int count) {
        Arbitrary<Diagnosis> diagnosis = icd10
                ? Combinators.combine(Arbitraries.chars().range('A', 'Z'), Arbitraries.chars().range('0', '9'),
                        Arbitraries.strings().withCharRange('0', '9').withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(5))
                        .as((letter, digit, rest) -> Diagnosis.icd10("" + letter + digit + rest))
                : Combinators.combine(Arbitraries.of('V', 'E', '1', '4'),
                        Arbitraries.strings().withCharRange('0', '9').ofMinLength(2).ofMaxLength(4))
                        .as((first, rest) -> new Diagnosis(DiagnosisCodeSystem.ICD9, first + rest));
        return diagnosis.list().ofSize(count);
    }

    private Arbitrary<ServiceLine> line(boolean icd10, int diagnosisCount) {
        Arbitrary<LocalDate> from = icd10 ? date(LocalDate.of(2015, 10, 1), LocalDate.of(2026, 12, 1))
                : date(LocalDate.of(2012, 1, 1), LocalDate.of(2015, 9, 20));
        Arbitrary<List<Integer>> pointers = Arbitraries.integers().between(1, diagnosisCount).set()
                .ofMinSize(1).ofMaxSize(Math.min(4, diagnosisCount)).map(List::copyOf).flatMap(Arbitraries::shuffle);
        Arbitrary<BigDecimal> units = Arbitraries.oneOf(Arbitraries.integers().between(1, 99).map(BigDecimal::valueOf),
                Arbitraries.bigDecimals().between(new BigDecimal("0.001"), new BigDecimal("500")).ofScale(3));
        Arbitrary<List<String>> modifiers = Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9')
                .ofLength(2).list().ofMaxSize(4);
        return Combinators.combine(Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9').ofLength(5),
                modifiers, money(), units, Arbitraries.of("11", "22", "02").optional(), pointers, from,
                Arbitraries.integers().between(0, 5))
                .as((code, mods, charge, count, pos, pointer, date, span) -> new ServiceLine(code, mods, charge, count,
                        pos, pointer, date, span == 0 ? Optional.empty() : Optional.of(date.plusDays(span)), "L",
                        Optional.empty()))
                .flatMap(line -> text(80).optional().map(note -> new ServiceLine(line.procedureCode(), line.modifiers(),
                        line.charge(), line.units(), line.placeOfService(), line.diagnosisPointers(), line.serviceDate(),
                        line.serviceDateTo(), line.lineControlNumber(), note)));
    }

    private Arbitrary<Subscriber> subscriber() {
        return Combinators.combine(name(60), name(35), identifier(2, 20), date(LocalDate.of(1930, 1, 1),
                        LocalDate.of(2010, 12, 31)), Arbitraries.of(Sex.values()), address(),
                Arbitraries.of(PayerResponsibility.values()), identifier(1, 20).optional())
                .as((last, first, member, born, sex, address, responsibility, group) ->
                        new Subscriber(last, first, member, born, sex, address, responsibility, group, "CI"))
                .flatMap(s -> Arbitraries.of(Subscriber.CLAIM_FILING_INDICATORS).map(code -> new Subscriber(
                        s.lastName(), s.firstName(), s.memberId(), s.dateOfBirth(), s.sex(), s.address(),
                        s.responsibility(), s.groupNumber(), code)));
    }

    private Arbitrary<Patient> patient() {
        return Combinators.combine(name(60), name(35), date(LocalDate.of(2000, 1, 1), LocalDate.of(2025, 12, 31)),
                Arbitraries.of(Sex.values()), address(), Arbitraries.of(Patient.RELATIONSHIPS))
                .as(Patient::new);
    }

    private Arbitrary<Payer> payer() {
        return Combinators.combine(name(60), identifier(2, 10), address().optional()).as(Payer::new);
    }

    private Arbitrary<BillingProvider> billingProvider() {
        return Combinators.combine(name(60), npi(), Arbitraries.of("207Q00000X", "208D00000X", "261QP2300X").optional(),
                Arbitraries.strings().withCharRange('0', '9').ofLength(9), address(),
                Arbitraries.strings().withCharRange('0', '9').ofLength(4))
                .as((name, npi, taxonomy, ein, address, plus4) -> new BillingProvider(name, npi, taxonomy, ein,
                        new Address(address.line1(), address.line2(), address.city(), address.state(),
                                address.postalCode().substring(0, 5) + plus4)));
    }

    private Arbitrary<RenderingProvider> renderingProvider() {
        // 2 as the NPI's first digit keeps it apart from billing providers' (1...): individuals and organisations
        return Combinators.combine(name(60), name(35), npi().map(n -> "2" + n.substring(1)).map(Claim837PropertiesTest::withCheckDigit),
                Arbitraries.of("208000000X", "207R00000X")).as(RenderingProvider::new);
    }

    private Arbitrary<Address> address() {
        return Combinators.combine(text(55), text(55).optional(),
                Arbitraries.strings().withCharRange('a', 'z').withChars(' ').ofMinLength(2).ofMaxLength(30)
                        .filter(city -> city.strip().replace(" ", "").length() >= 2),
                Arbitraries.of("OR", "WA", "CA", "NY", "TX"),
                Arbitraries.oneOf(Arbitraries.strings().withCharRange('0', '9').ofLength(5),
                        Arbitraries.strings().withCharRange('0', '9').ofLength(9)))
                .as(Address::new);
    }

    private static Arbitrary<String> npi() {
        return Arbitraries.strings().withCharRange('0', '9').ofLength(8).map(body -> withCheckDigit("1" + body + "0"));
    }

    /** Replaces the last digit with the check digit that makes 80840 + NPI pass Luhn. */
    static String withCheckDigit(String npi) {
        String body = npi.substring(0, 9);
        for (int digit = 0; digit <= 9; digit++) {
            if (Checks.luhnValid("80840" + body + digit)) {
                return body + digit;
            }
        }
        throw new IllegalStateException("no check digit");
    }

    private static Arbitrary<Integer> controlNumber() {
        return Arbitraries.integers().between(1, 999_999_999);
    }

    private static Arbitrary<BigDecimal> money() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("5000")).ofScale(2);
    }

    private static Arbitrary<LocalDate> date(LocalDate from, LocalDate to) {
        return Arbitraries.longs().between(from.toEpochDay(), to.toEpochDay()).map(LocalDate::ofEpochDay);
    }

    private static Arbitrary<String> identifier(int min, int max) {
        return Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9').ofMinLength(min).ofMaxLength(max);
    }

    /** Names: at least one letter among anything (the character rule cleans the rest). */
    private static Arbitrary<String> name(int max) {
        return Combinators.combine(Arbitraries.chars().range('a', 'z'),
                Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withChars(" -'.\u00e9*~:^")
                        .ofMaxLength(max - 1))
                .as((letter, rest) -> letter + rest);
    }

    private static Arbitrary<String> text(int max) {
        return Combinators.combine(Arbitraries.chars().range('A', 'Z'),
                Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9').withChars(" ,.#/-&").ofMaxLength(max - 1))
                .as((letter, rest) -> letter + rest);
    }
}
