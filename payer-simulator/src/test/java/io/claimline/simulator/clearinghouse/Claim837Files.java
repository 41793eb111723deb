package io.claimline.simulator.clearinghouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * 837P inputs for the clearinghouse tests, made from the repository's golden files (docs/examples/837P, written by
 * the x12 module's Claim837Writer and checked there), read in place so they stay what claims-service sends.
 * Variations change a member id or add a second subscriber with a claim, and keep SE01 right.
 */
final class Claim837Files {

    private static final Path GOLDEN = Path.of("..", "docs", "examples", "837P");

    private Claim837Files() {
    }

    /** A golden file as one line (the writer's own form, without the line breaks added for reading). */
    static String golden(String name) {
        try {
            return Files.readString(GOLDEN.resolve(name)).replace("\r", "").replace("\n", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Marta Quill as patient and subscriber (a-self-subscriber.x12, claim CL-000101), under another member id. */
    static String selfSubscriber(String memberId) {
        return golden("a-self-subscriber.x12").replace("*MI*W900112233~", "*MI*" + memberId + "~");
    }

    /**
     * a-self-subscriber.x12 with a second subscriber (HL 3) whose claim has patient control number
     * {@code secondClaim}: two claims in one transaction set, each under its own member id.
     */
    static String twoSubscribers(String firstMemberId, String secondMemberId, String secondClaim) {
        List<String> segments = segments(selfSubscriber(firstMemberId));
        int subscriber = indexOf(segments, "HL*2*");
        int trailer = indexOf(segments, "SE*");
        List<String> copy = new ArrayList<>();
        for (String segment : segments.subList(subscriber, trailer)) {
            copy.add(segment.replace("HL*2*1*22*0", "HL*3*1*22*0")
                    .replace("*MI*" + firstMemberId, "*MI*" + secondMemberId)
                    .replace("CL-000101", secondClaim));
        }
        List<String> result = new ArrayList<>(segments.subList(0, trailer));
        result.addAll(copy);
        int count = result.size() - indexOf(result, "ST*") + 1;
        result.add("SE*" + count + "*0001");
        result.addAll(segments.subList(trailer + 1, segments.size()));
        return String.join("~", result) + "~";
    }

    /** SE01 off by one: the set's segment count does not match. */
    static String wrongSegmentCount(String x12) {
        return x12.replaceFirst("SE\\*(\\d+)\\*", "SE*999*");
    }

    /** Everything after the first claim's CLM is lost, as in an upload cut short. */
    static String truncated(String x12) {
        return x12.substring(0, x12.indexOf("HI*"));
    }

    /** ISA14 = 1: the sender asks for a TA1. */
    static String askingForTa1(String x12) {
        return x12.replace("*00501*000000101*0*", "*00501*000000101*1*");
    }

    private static List<String> segments(String x12) {
        return new ArrayList<>(Arrays.asList(x12.split("~")));
    }

    private static int indexOf(List<String> segments, String prefix) {
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no " + prefix);
    }
}
