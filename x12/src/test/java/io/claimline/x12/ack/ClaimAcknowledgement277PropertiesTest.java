package io.claimline.x12.ack;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimline.x12.Envelope;
import io.claimline.x12.X12RejectedException;
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
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

class ClaimAcknowledgement277PropertiesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 3);

    private final ClaimAcknowledgement277Writer writer = new ClaimAcknowledgement277Writer();
    private final ClaimAcknowledgement277Reader reader = new ClaimAcknowledgement277Reader();

    record Written(Envelope envelope, ClaimAcknowledgementReport report) {
    }

    @Property(tries = 150)
    void randomValidReportsReadBackToTheSameModel(@ForAll("reports") Written written) {
        assertThat(reader.read(writer.write(written.envelope(), written.report()))).isEqualTo(written.report());
    }

    @Property(tries = 100)
    void segmentCountAndHierarchyHold(@ForAll("reports") Written written) {
        List<List<String>> segments = Arrays.stream(writer.write(written.envelope(), written.report()).split("~"))
                .map(segment -> Arrays.asList(segment.split("\\*", -1))).toList();
        List<String> se = segments.get(segments.size() - 3);

        assertThat(Integer.parseInt(se.get(1))).isEqualTo(segments.size() - 4);
        List<String> hlIds = segments.stream().filter(s -> s.get(0).equals("HL")).map(s -> s.get(1)).toList();
        for (int i = 0; i < hlIds.size(); i++) {
            assertThat(hlIds.get(i)).isEqualTo(String.valueOf(i + 1));
        }
        List<String> traces = new ArrayList<>(List.of(written.report().receiver().batchTrace()));
        written.report().claims().forEach(claim -> traces.add(claim.patientControlNumber()));
        assertThat(segments).filteredOn(s -> s.get(0).equals("TRN") && s.get(1).equals("2")).extracting(s -> s.get(2))
                .containsExactlyElementsOf(traces);
    }

    /** The reader's whole contract on broken input: a report or a rejection, never another exception. */
    @Property(tries = 300)
    void mutatedFilesAreReadOrRejected(@ForAll("mutations") String input) {
        try {
            assertThat(reader.read(input).receiver()).isNotNull();
        } catch (X12RejectedException rejected) {
            assertThat(rejected.errors()).isNotEmpty();
        }
    }

    @Property(tries = 100)
    void truncatedFilesAreRejected(@ForAll @IntRange(min = 0, max = 1500) int cut) {
        String valid = Acks.load("277ca-mixed.edi");
        String truncated = valid.substring(0, Math.min(cut, valid.length() - 20));
        try {
            reader.read(truncated);
            throw new AssertionError("a truncated file was read");
        } catch (X12RejectedException rejected) {
            assertThat(rejected.errors()).isNotEmpty();
        }
    }

    @Property(tries = 100)
    void randomInputIsRejected(@ForAll @StringLength(max = 300) String input) {
        try {
            reader.read(input);
            throw new AssertionError("random input was read");
        } catch (X12RejectedException rejected) {
            assertThat(rejected.errors()).isNotEmpty();
        }
    }

    @Provide
    Arbitrary<String> mutations() {
        String valid = Acks.load("277ca-mixed.edi");
        Arbitrary<Integer> position = Arbitraries.integers().between(0, valid.length() - 1);
        Arbitrary<Character> replacement = Arbitraries.of('*', ':', '~', '^', 'A', '7', ' ', '|', '-', '\n');
        return Combinators.combine(position, replacement)
                .as((at, c) -> valid.substring(0, at) + c + valid.substring(at + 1));
    }

    @Provide
    Arbitrary<Written> reports() {
        Arbitrary<Envelope> envelopes = Combinators.combine(Arbitraries.integers().between(1, 999_999_999),
                        Arbitraries.integers().between(1, 999_999_999), Arbitraries.integers().between(1, 9999),
                        Arbitraries.integers().between(0, 24 * 60 - 1))
                .as((isa, gs, st, minute) -> new Envelope("ZZ", "CLEARHOUSE01", "ZZ", "CLAIMLINE", isa, gs, st,
                        Envelope.Usage.TEST, "CLEARHOUSE01", "CLAIMLINE",
                        LocalDateTime.of(DAY, java.time.LocalTime.MIN).plusMinutes(minute)));
        Arbitrary<AcknowledgementSource> sources = Combinators.combine(
                        Arbitraries.of(AcknowledgementSource.Type.values()), names(), identifiers(),
                        Arbitraries.integers().between(0, 5))
                .as((type, name, id, days) -> new AcknowledgementSource(type, name, id, "RCPT-" + id,
                        DAY.minusDays(days), DAY));
        Arbitrary<AcknowledgementReceiver> receivers = Combinators.combine(names(), identifiers(), statuses(3, RECEIVER),
                        amounts(), totals())
                .as((name, id, statuses, charge, totals) -> new AcknowledgementReceiver(name, id, "BATCH-" + id,
                        statuses, DAY, charge, totals));
        Arbitrary<List<ProviderAcknowledgement>> providers = providers().list().ofMaxSize(3);
        return Combinators.combine(envelopes, sources, receivers, providers, identifiers())
                .as((envelope, source, receiver, list, reference) -> new Written(envelope,
                        ClaimAcknowledgementReport.of(envelope, reference, source, receiver, numbered(list))));
    }

    /** Patient control numbers unique across the report, as ours are. */
    private static List<ProviderAcknowledgement> numbered(List<ProviderAcknowledgement> providers) {
        List<ProviderAcknowledgement> result = new ArrayList<>();
        int n = 0;
        for (ProviderAcknowledgement p : providers) {
            List<ClaimStatus> claims = new ArrayList<>();
            for (ClaimStatus c : p.claims()) {
                claims.add(new ClaimStatus(c.patient(), "CL-" + (++n), c.payerClaimControlNumber(),
                        c.clearinghouseTraceNumber(), c.statuses(), c.statusDate(), c.totalCharge(), c.serviceFrom(),
                        c.serviceTo(), c.lines()));
            }
            result.add(new ProviderAcknowledgement(p.name(), p.identifierQualifier(), p.identifier(),
                    p.traceNumber(), p.statuses(), p.totalCharge(), p.totals(), claims));
        }
        return result;
    }

    private Arbitrary<ProviderAcknowledgement> providers() {
        return Combinators.combine(names(), Arbitraries.of("XX", "FI", "SV"), identifiers(), statuses(7, PROVIDER), amounts(),
                        totals(), claims().list().ofMinSize(1).ofMaxSize(4))
                .as((name, qualifier, id, statuses, charge, totals, claims) -> new ProviderAcknowledgement(name,
                        qualifier, id, "PT-" + id, statuses, charge, totals, claims));
    }

    private Arbitrary<ClaimStatus> claims() {
        Arbitrary<AcknowledgedPatient> patients = Combinators.combine(names(), names().optional(), identifiers())
                .as(AcknowledgedPatient::new);
        return Combinators.combine(patients, identifiers().optional(), identifiers().optional(), statuses(7, CLAIM),
                        amounts(), Arbitraries.integers().between(0, 30), Arbitraries.integers().between(0, 3),
                        lines().list().ofMaxSize(3))
                .as((patient, payerNumber, traceNumber, statuses, charge, ago, length, lines) -> new ClaimStatus(
                        patient, "CL-0", payerNumber, traceNumber, statuses, DAY, charge, DAY.minusDays(ago),
                        DAY.minusDays(ago).plusDays(length), lines));
    }

    private Arbitrary<LineStatus> lines() {
        Arbitrary<String> procedures = Arbitraries.of("99213", "99214", "J1100", "87880", "A0428");
        Arbitrary<List<String>> modifiers = Arbitraries.of("25", "59", "LT", "RT", "GT").list().ofMaxSize(4);
        Arbitrary<Optional<LocalDate>> days = Arbitraries.integers().between(0, 30).map(DAY::minusDays).optional();
        return Combinators.combine(procedures, modifiers, amounts(), statuses(3, CLAIM), identifiers().optional(), days)
                .as((code, mods, charge, statuses, control, day) -> new LineStatus(code, mods, charge, statuses, DAY,
                        control, day, day));
    }

    private static final List<String> RECEIVER = List.of("36", "40", "41", "AY", "PR");
    private static final List<String> PROVIDER = List.of("41", "77", "82", "85", "87", "PR");
    private static final List<String> CLAIM = List.of("41", "82", "85", "IL", "QC", "PR", "DN");

    private static Arbitrary<List<StatusCode>> statuses(int max, List<String> entityCodes) {
        Arbitrary<String> categories = Arbitraries.of("A1", "A2", "A3", "A5", "A6", "A7", "A8", "A0", "A4", "P1");
        Arbitrary<String> codes = Arbitraries.of("19", "20", "21", "33", "116", "145", "164", "187", "454", "562",
                "732", "9999");
        Arbitrary<Optional<String>> entities = Arbitraries.of(entityCodes).optional();
        return Combinators.combine(categories, codes, entities).as(StatusCode::new).list().ofMinSize(1)
                .ofMaxSize(max);
    }

    private static Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("99999.99")).ofScale(2);
    }

    private static Arbitrary<StatusTotals> totals() {
        Arbitrary<Optional<Integer>> counts = Arbitraries.integers().between(0, 500).optional();
        return Combinators.combine(counts, counts, amounts().optional(), amounts().optional()).as(StatusTotals::new);
    }

    private static Arbitrary<String> names() {
        return Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ éñ'-.&").ofMinLength(1).ofMaxLength(40)
                .filter(name -> !io.claimline.x12.X12Text.clean(name, 60).isEmpty());
    }

    private static Arbitrary<String> identifiers() {
        return Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789").ofMinLength(2).ofMaxLength(15);
    }
}
