package io.claimline.localstack.reconcile;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code ./claimline reconcile}: runs the {@link Reconciliation} and prints every discrepancy, one a line, then a
 * one-line summary; exits 0 when clean, 1 on any discrepancy, 2 when called wrongly.
 *
 * <pre>ReconcileCommand --gateway URL --kafka SERVERS --db SERVICE=JDBC_URL (one per service) [--db-user USER]
 *     [--auditor USER]... [--acknowledged FILE] [--expect-poison EVENT_ID]...</pre>
 *
 * Passwords come from the environment, never the command line: {@code CLAIMLINE_DB_PASSWORD} (default
 * {@code postgres}, the local stack's) and {@code CLAIMLINE_AUDITOR_PASSWORD} (default {@code password}). Without
 * {@code --auditor}, the local stack's seeded auditors of both clinics.
 */
public final class ReconcileCommand {

    private static final Pattern PATIENT_ID = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");
    static final String USAGE = "usage: ReconcileCommand --gateway URL --kafka SERVERS --db SERVICE=JDBC_URL ... "
            + "[--db-user USER] [--auditor USER]... [--acknowledged FILE] [--expect-poison EVENT_ID]...";

    private ReconcileCommand() {
    }

    /** Called wrongly: the message says how. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    /** The exit status: 0 clean, 1 discrepancies, 2 usage. */
    public static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        Target target;
        try {
            target = parse(args, environment);
        } catch (UsageException e) {
            err.println("reconcile: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        Report report = Reconciliation.run(target);
        report.discrepancies().forEach(out::println);
        out.println(report.summary());
        return report.clean() ? 0 : 1;
    }

    static Target parse(String[] args, Map<String, String> environment) throws UsageException {
        String gateway = null;
        String kafka = null;
        String dbUser = "postgres";
        Map<String, String> databases = new LinkedHashMap<>();
        List<String> auditors = new ArrayList<>();
        Set<String> acknowledged = new LinkedHashSet<>();
        Set<String> poison = new LinkedHashSet<>();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            String value = i + 1 < args.length ? args[++i] : null;
            if (value == null) {
                throw new UsageException(option + " needs a value");
            }
            switch (option) {
                case "--gateway" -> gateway = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
                case "--kafka" -> kafka = value;
                case "--db-user" -> dbUser = value;
                case "--db" -> {
                    String[] serviceAndUrl = value.split("=", 2);
                    if (serviceAndUrl.length != 2 || !Target.SERVICES.contains(serviceAndUrl[0])) {
                        throw new UsageException("--db takes SERVICE=JDBC_URL with a service of " + Target.SERVICES);
                    }
                    databases.put(serviceAndUrl[0], serviceAndUrl[1]);
                }
                case "--auditor" -> auditors.add(value);
                case "--acknowledged" -> acknowledged.addAll(acknowledged(Path.of(value)));
                case "--expect-poison" -> poison.add(value);
                default -> throw new UsageException("unknown option " + option);
            }
        }
        if (gateway == null || kafka == null || !databases.keySet().containsAll(Target.SERVICES)) {
            throw new UsageException("--gateway, --kafka and a --db for each of " + Target.SERVICES + " are needed");
        }
        Target target = Target.of(gateway, databases, dbUser, environment.getOrDefault("CLAIMLINE_DB_PASSWORD",
                "postgres"), kafka).acknowledging(acknowledged).expectingPoison(poison);
        if (!auditors.isEmpty()) {
            String password = environment.getOrDefault("CLAIMLINE_AUDITOR_PASSWORD", "password");
            target = target.auditedBy(auditors.stream().map(user -> new Target.Auditor(user, password)).toList());
        }
        return target;
    }

    /** The load driver's acknowledged log: one patient id a line. */
    static List<String> acknowledged(Path log) throws UsageException {
        List<String> lines;
        try {
            lines = Files.readAllLines(log);
        } catch (IOException e) {
            throw new UsageException("cannot read the acknowledged log " + log + " (" + e.getClass().getSimpleName()
                    + ")");
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (!PATIENT_ID.matcher(line).matches()) {
                // The line itself is not echoed: a log that is not what it should be might hold anything.
                throw new UsageException("line " + (i + 1) + " of " + log + " is not a patient id");
            }
            ids.add(line.toLowerCase(Locale.ROOT));
        }
        return ids;
    }
}
