package io.claimline.codesets;

import java.util.List;

/** A code file with malformed lines: nothing of it is loaded. Lists every problem found, by line. */
public class CodeFileRejectedException extends RuntimeException {

    /** Beyond this many the message is cut short; {@link #problems()} keeps them all. */
    private static final int PROBLEMS_IN_MESSAGE = 20;

    private final transient List<LineProblem> problems;

    public CodeFileRejectedException(String file, List<LineProblem> problems) {
        super(message(file, problems));
        this.problems = List.copyOf(problems);
    }

    public List<LineProblem> problems() {
        return problems;
    }

    private static String message(String file, List<LineProblem> problems) {
        StringBuilder text = new StringBuilder(file).append(" rejected, nothing loaded (").append(problems.size())
                .append(problems.size() == 1 ? " malformed line)" : " malformed lines)");
        problems.stream().limit(PROBLEMS_IN_MESSAGE).forEach(problem -> text.append("; ").append(problem));
        if (problems.size() > PROBLEMS_IN_MESSAGE) {
            text.append("; ...");
        }
        return text.toString();
    }
}
