package io.claimline.simulator.clearinghouse;

import io.claimline.simulator.clearinghouse.ClaimAcknowledgementWriter.ClaimStatus;
import io.claimline.simulator.clearinghouse.ClaimFile.ClaimSet;
import io.claimline.simulator.clearinghouse.ClaimFile.SetError;
import io.claimline.simulator.clearinghouse.ClaimFile.SubmittedClaim;
import io.claimline.simulator.clearinghouse.ImplementationAcknowledgementWriter.SetAnswer;
import io.claimline.simulator.clearinghouse.ReceivedFile.ClaimResult;
import io.claimline.simulator.x12.ControlNumbers;
import io.claimline.simulator.x12.InterchangeParties;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides the answers to one 837 file and writes them (the caller stores them):
 * <ol>
 * <li>an interchange the envelope check rejects, or with a claim whose rule is reject-interchange: a TA1 R alone;</li>
 * <li>otherwise a TA1 A when ISA14 asks for one, and a 999 with a set rejected when the schema or the counts reject
 * it (the real IK3/IK4) or when one of its claims' rule is reject-transaction-set (the rule's IK3/IK4);</li>
 * <li>a 277CA for the claims of the accepted sets: each accepted (A1:20 with a payer claim control number), or
 * rejected with its rule's STC when the rule is reject-claim. A claim no rule matches is accepted.</li>
 * </ol>
 */
class ClaimFileProcessor {

    static final String TA1 = ".ta1";
    static final String ACK_999 = ".999";
    static final String ACK_277 = ".277";

    private final ClearinghouseProperties properties;
    private final String interchangeId;
    private final ControlNumbers controlNumbers;
    private final Clock clock;

    ClaimFileProcessor(ClearinghouseProperties properties, String interchangeId, ControlNumbers controlNumbers,
            Clock clock) {
        this.properties = properties;
        this.interchangeId = interchangeId;
        this.controlNumbers = controlNumbers;
        this.clock = clock;
    }

    /** The answers by file name suffix (in the order they are to be written) and the record of what was done. */
    record Processed(Map<String, String> answers, ReceivedFile received) {
    }

    Processed process(String fileName, byte[] bytes) {
        Instant receivedAt = clock.instant();
        ZonedDateTime now = ZonedDateTime.now(clock);
        ClaimFile file;
        try {
            file = new Claim837Reader(properties.maxSegments()).read(bytes);
        } catch (UnreadableClaimFileException e) {
            return new Processed(Map.of(), new ReceivedFile(fileName, null, 0, 0, List.of(), "unreadable", false,
                    List.of(), receivedAt));
        }
        InterchangeParties parties = InterchangeParties.answering(file.isa(), file.gs(), "ZZ", interchangeId);
        Map<String, String> answers = new LinkedHashMap<>();
        String rejection = file.interchangeNoteCode() != null ? file.interchangeNoteCode()
                : file.claims().stream().map(claim -> rule(claim)).flatMap(Optional::stream)
                        .filter(rule -> rule.outcome() == ClaimOutcome.REJECT_INTERCHANGE).map(ClaimRule::noteCode)
                        .findFirst().orElse(null);
        if (rejection != null) {
            answers.put(TA1, InterchangeAcknowledgementWriter.rejected(parties, controlNumbers.next(), now,
                    file.isa(), rejection));
            List<ClaimResult> results = file.claims().stream()
                    .map(claim -> new ClaimResult(claim.patientControlNumber(), "interchange-rejected")).toList();
            return new Processed(answers, received(fileName, file, results, "interchange-rejected", answers,
                    receivedAt));
        }
        if (file.ta1Requested()) {
            answers.put(TA1, InterchangeAcknowledgementWriter.accepted(parties, controlNumbers.next(), now,
                    file.isa()));
        }
        List<SetAnswer> setAnswers = new ArrayList<>();
        List<ClaimSet> acceptedSets = new ArrayList<>();
        for (ClaimSet set : file.sets()) {
            SetAnswer answer = answer(set);
            setAnswers.add(answer);
            if (answer.accepted() && file.groupErrorCode() == null) {
                acceptedSets.add(set);
            }
        }
        answers.put(ACK_999, ImplementationAcknowledgementWriter.write(parties, controlNumbers.next(), now,
                file.gs(), setAnswers, file.groupErrorCode()));
        List<ClaimResult> results = new ArrayList<>();
        List<ClaimStatus> statuses = new ArrayList<>();
        long acknowledgement = acceptedSets.isEmpty() ? 0 : controlNumbers.next();
        for (ClaimSet set : file.sets()) {
            boolean accepted = acceptedSets.contains(set);
            for (SubmittedClaim claim : set.claims()) {
                if (!accepted) {
                    results.add(new ClaimResult(claim.patientControlNumber(), "transaction-set-rejected"));
                    continue;
                }
                ClaimRule rule = rule(claim).filter(found -> found.outcome() == ClaimOutcome.REJECT_CLAIM)
                        .orElse(null);
                String payerClaimControlNumber = rule == null
                        ? String.format("SIM%d%04d", acknowledgement, statuses.size() + 1) : null;
                statuses.add(new ClaimStatus(claim, rule, payerClaimControlNumber));
                results.add(new ClaimResult(claim.patientControlNumber(), rule == null ? "accepted" : "rejected"));
            }
        }
        if (!statuses.isEmpty()) {
            ClaimSet first = acceptedSets.get(0);
            answers.put(ACK_277, ClaimAcknowledgementWriter.write(parties, acknowledgement, now,
                    "CLAIMLINE SIMULATOR", interchangeId, first.submitterName(), first.submitterId(),
                    first.batchReference(), statuses));
        }
        long acceptedCount = setAnswers.stream().filter(SetAnswer::accepted).count();
        String outcome = file.groupErrorCode() != null || acceptedCount == 0 ? "rejected"
                : acceptedCount < setAnswers.size() ? "partially-accepted" : "accepted";
        return new Processed(answers, received(fileName, file, results, outcome, answers, receivedAt));
    }

    private SetAnswer answer(ClaimSet set) {
        if (!set.conforms()) {
            return new SetAnswer(set.st(), set.setErrorCode(), set.errors());
        }
        for (SubmittedClaim claim : set.claims()) {
            Optional<ClaimRule> rule = rule(claim)
                    .filter(found -> found.outcome() == ClaimOutcome.REJECT_TRANSACTION_SET);
            if (rule.isPresent()) {
                return new SetAnswer(set.st(), "5", List.of(configuredError(rule.get(), claim)));
            }
        }
        return new SetAnswer(set.st(), null, List.of());
    }

    /** The rule's IK3/IK4, pointing at that segment of the claim's hierarchy (or at its CLM when it has none). */
    private static SetError configuredError(ClaimRule rule, SubmittedClaim claim) {
        Integer position = claim.positions().get(rule.loop() + ":" + rule.segment());
        if (position == null) {
            return new SetError("CLM", claim.positions().getOrDefault("2300:CLM", 1), "2300", "8", 1, 0, "1028",
                    rule.elementError());
        }
        return new SetError(rule.segment(), position, rule.loop(), "8", rule.element(), 0,
                rule.elementReference(), rule.elementError());
    }

    private Optional<ClaimRule> rule(SubmittedClaim claim) {
        return properties.match(claim.memberId());
    }

    private static ReceivedFile received(String fileName, ClaimFile file, List<ClaimResult> results,
            String outcome, Map<String, String> answers, Instant receivedAt) {
        return new ReceivedFile(fileName, file.interchangeControlNumber(), file.sets().size(),
                file.claims().size(), results, outcome, false,
                answers.keySet().stream().map(suffix -> fileName + suffix).toList(), receivedAt);
    }
}
