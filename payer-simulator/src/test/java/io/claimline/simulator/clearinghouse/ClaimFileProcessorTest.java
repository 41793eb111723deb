package io.claimline.simulator.clearinghouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimline.simulator.StaediSegments;
import io.claimline.simulator.x12.ControlNumbers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The answers' content without SFTP: dates from the injected clock, control numbers, rules. */
class ClaimFileProcessorTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T08:30:00Z"), ZoneOffset.UTC);

    private final ClaimFileProcessor processor = new ClaimFileProcessor(properties(List.of(
            rule("REJ277", ClaimOutcome.REJECT_CLAIM), rule("REJ999", ClaimOutcome.REJECT_TRANSACTION_SET),
            rule("REJTA1", ClaimOutcome.REJECT_INTERCHANGE))), "CLAIMLINESIM", new ControlNumbers(), CLOCK);

    @Test
    void answersTakeTheirDatesFromTheClockAndHaveUniqueControlNumbers() throws Exception {
        Map<String, String> answers = process(Claim837Files.askingForTa1(Claim837Files.selfSubscriber("W1")))
                .answers();

        assertThat(answers).containsOnlyKeys(".ta1", ".999", ".277");
        List<String> interchangeControlNumbers = answers.values().stream()
                .map(x12 -> x12.substring(90, 99)).toList();
        assertThat(interchangeControlNumbers).doesNotHaveDuplicates();
        StaediSegments ca = StaediSegments.read(answers.get(".277"));
        assertThat(ca.errors()).isEmpty();
        assertThat(segment(ca, "BHT")).containsExactly("BHT", "0085", "08", "SIM3", "20260310", "0830", "TH");
        assertThat(segment(ca, "GS").subList(4, 6)).containsExactly("20260310", "0830");
        assertThat(segments(ca, "DTP")).containsExactly(List.of("DTP", "050", "D8", "20260310"),
                List.of("DTP", "009", "D8", "20260310"), List.of("DTP", "472", "RD8", "20260302-20260302"));
        // Every dated STC carries the clock's date; the provider level's (2200C) has no date by the guide.
        assertThat(segments(ca, "STC")).extracting(stc -> stc.get(2)).containsExactly("20260310", "", "20260310");
        // the patient is the subscriber: NM1*QC carries the subscriber's name and member id
        assertThat(segments(ca, "NM1")).contains(List.of("NM1", "QC", "1", "QUILL", "MARTA", "", "", "", "MI", "W1"));
        assertThat(StaediSegments.read(answers.get(".999")).segments()).contains(List.of("AK9", "A", "1", "1", "1"));
    }

    @Test
    void aDependentPatientIsNamedWithTheSubscribersMemberId() throws Exception {
        StaediSegments ca = StaediSegments.read(process(Claim837Files.golden("b-dependent.x12")).answers()
                .get(".277"));

        // 2100D NM108/NM109 are required (005010X214): a dependent is known to the payer by the subscriber's id.
        assertThat(segments(ca, "NM1")).filteredOn(nm1 -> nm1.get(1).equals("QC")).singleElement()
                .satisfies(nm1 -> assertThat(nm1).startsWith("NM1", "QC", "1", "QUILL", "TEO")
                        .endsWith("MI", "W900112233"));
    }

    @Test
    void anInterchangeRejectionWinsOverEveryOtherRule() {
        ClaimFileProcessor.Processed processed = process(
                Claim837Files.twoSubscribers("REJ277-1", "REJTA1-1", "CL-000301"));

        assertThat(processed.answers()).containsOnlyKeys(".ta1");
        assertThat(processed.received().claimOutcomes()).extracting(ReceivedFile.ClaimResult::outcome)
                .containsExactly("interchange-rejected", "interchange-rejected");
    }

    @Test
    void aFileWithoutAnInterchangeHeaderIsUnreadableAndUnanswered() {
        ClaimFileProcessor.Processed processed = process("this is not X12");

        assertThat(processed.answers()).isEmpty();
        assertThat(processed.received().outcome()).isEqualTo("unreadable");
    }

    @Test
    void anInterchangeControlNumberMismatchIsRejectedByTa1() throws Exception {
        String ta1 = process(Claim837Files.selfSubscriber("W1").replace("IEA*1*000000101", "IEA*1*000000102"))
                .answers().get(".ta1");

        assertThat(StaediSegments.read(ta1).segments()).contains(List.of("TA1", "000000101", "260309", "1015", "R",
                "001"));
    }

    @Test
    void aRuleNeedsExactlyOneMatcherAndAWellFormedStatus() {
        assertThatThrownBy(() -> new ClaimRule("two", "A", "B", null, ClaimOutcome.ACCEPT, null, null, null, null,
                null, null, null, null)).hasMessageContaining("exactly one of member-id");
        assertThatThrownBy(() -> new ClaimRule("bad", null, "B", null, ClaimOutcome.REJECT_CLAIM, null, null, null,
                null, null, null, "562", null)).hasMessageContaining("category:status");
        assertThatThrownBy(() -> new ClaimRule("bad", null, "B", null, ClaimOutcome.REJECT_INTERCHANGE, "000",
                null, null, null, null, null, null, null)).hasMessageContaining("note-code");
        assertThat(Stream.of(rule("P", ClaimOutcome.REJECT_CLAIM)).map(ClaimRule::statusComponents).toList())
                .singleElement().isEqualTo(new String[] {"A7", "562", "85"});
    }

    private ClaimFileProcessor.Processed process(String x12) {
        return processor.process("claims.x12", x12.getBytes(StandardCharsets.UTF_8));
    }

    private static ClearinghouseProperties properties(List<ClaimRule> rules) {
        return new ClearinghouseProperties(true, 0, Path.of("root"), "claimline", "secret", Path.of("key"), null,
                10_000, rules);
    }

    private static ClaimRule rule(String prefix, ClaimOutcome outcome) {
        return new ClaimRule(prefix, null, prefix, null, outcome, null, null, null, null, null, null, null, null);
    }

    private static List<String> segment(StaediSegments x12, String tag) {
        return segments(x12, tag).get(0);
    }

    private static List<List<String>> segments(StaediSegments x12, String tag) {
        return x12.segments().stream().filter(segment -> segment.get(0).equals(tag)).toList();
    }
}
