package io.claimline.platform.codes;

import io.claimline.codesets.CodeEntry;
import io.claimline.codesets.CodeKind;
import io.claimline.codesets.CodeSet;
import io.claimline.codesets.EffectiveRange;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The loaded code files and their codes in this service's own tables (code_set_files, code_set_entries). A file is
 * stored whole in one transaction or not at all; the same file (kind, scope, SHA-256) is stored once.
 */
public class CodeSetStore {

    private static final int BATCH = 1000;
    private static final String FILE_COLUMNS = "id, file_kind, clinic_id, file_name, sha256, entries, effective_from,"
            + " effective_through, loaded_at, loaded_by";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    public CodeSetStore(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** What storing a file did: stored it now, or found the same file stored before. */
    public record Stored(LoadedFile file, boolean alreadyLoaded) {
    }

    /** A file to store: its record (id and time are the store's) and its codes, one set per kind it holds. */
    public record NewFile(CodeFileKind kind, String clinicId, String fileName, String sha256, EffectiveRange range,
            java.time.Instant loadedAt, String loadedBy, List<CodeSet> sets) {

        int entries() {
            return sets.stream().mapToInt(CodeSet::size).sum();
        }
    }

    /**
     * Stores the file and its codes, or answers the same file stored before (another instance may be storing it at
     * this moment: the unique index makes the second insert wait and then find the first).
     */
    public Stored store(NewFile file) {
        return transactions.execute(status -> {
            List<Long> ids = jdbc.queryForList("""
                    INSERT INTO code_set_files (file_kind, clinic_id, file_name, sha256, entries, effective_from,
                        effective_through, loaded_at, loaded_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT DO NOTHING RETURNING id""", Long.class,
                    file.kind().name(), file.clinicId(), file.fileName(), file.sha256(), file.entries(),
                    file.range() == null ? null : Date.valueOf(file.range().from()),
                    file.range() == null ? null : date(file.range().through()),
                    Timestamp.from(file.loadedAt()), file.loadedBy());
            if (ids.isEmpty()) {
                return new Stored(find(file.kind(), file.clinicId(), file.sha256()).orElseThrow(), true);
            }
            long id = ids.get(0);
            List<Object[]> rows = new ArrayList<>();
            for (CodeSet set : file.sets()) {
                for (CodeEntry entry : set.entries()) {
                    for (EffectiveRange range : entry.ranges()) {
                        rows.add(new Object[] {id, set.kind().name(), entry.code(), Date.valueOf(range.from()),
                                date(range.through()), entry.description(), entry.billable()});
                    }
                }
            }
            for (int start = 0; start < rows.size(); start += BATCH) {
                jdbc.batchUpdate("""
                        INSERT INTO code_set_entries (file_id, code_kind, code, effective_from, effective_through,
                            description, billable) VALUES (?, ?, ?, ?, ?, ?, ?)""",
                        rows.subList(start, Math.min(rows.size(), start + BATCH)));
            }
            return new Stored(find(file.kind(), file.clinicId(), file.sha256()).orElseThrow(), false);
        });
    }

    /**
     * How many files are stored. Files are never changed or deleted, so a new count means new codes; unlike the
     * highest id it also counts a file whose transaction took a lower id but committed after a higher one.
     */
    public long version() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM code_set_files", Long.class);
        return count == null ? 0 : count;
    }

    /** The shared files, newest first, then the clinic's own. */
    public List<LoadedFile> files(String clinicId) {
        return jdbc.query("SELECT " + FILE_COLUMNS + " FROM code_set_files WHERE clinic_id IS NULL OR clinic_id = ?"
                + " ORDER BY id DESC", FILE, clinicId);
    }

    /** The codes of every shared file, a set per kind (a kind loaded from several files merged). */
    public List<CodeSet> sharedSets() {
        return sets(" WHERE f.clinic_id IS NULL");
    }

    /** The codes of one clinic's own files. */
    public List<CodeSet> clinicSets(String clinicId) {
        return sets(" WHERE f.clinic_id = ?", clinicId);
    }

    /** Codes per kind over every scope, each clinic's copy of a code counted once per clinic. */
    public Map<CodeKind, Long> codeCounts() {
        Map<CodeKind, Long> counts = new EnumMap<>(CodeKind.class);
        jdbc.query("""
                SELECT code_kind, count(*) FROM (SELECT DISTINCT f.clinic_id, e.code_kind, e.code
                    FROM code_set_entries e JOIN code_set_files f ON f.id = e.file_id) codes
                GROUP BY code_kind""",
                (ResultSet rs) -> {
                    counts.put(CodeKind.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    private List<CodeSet> sets(String where, Object... args) {
        Map<CodeKind, List<CodeEntry>> byKind = new EnumMap<>(CodeKind.class);
        // One row per range; CodeSet merges the rows of a code (and the files of a kind) into one entry.
        jdbc.query("SELECT e.code_kind, e.code, e.effective_from, e.effective_through, e.description, e.billable"
                + " FROM code_set_entries e JOIN code_set_files f ON f.id = e.file_id" + where
                + " ORDER BY e.file_id", (ResultSet rs) -> {
                    byKind.computeIfAbsent(CodeKind.valueOf(rs.getString(1)), kind -> new ArrayList<>())
                            .add(new CodeEntry(rs.getString(2), List.of(new EffectiveRange(
                                    rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class))),
                                    rs.getString(5), rs.getBoolean(6)));
                }, args);
        return byKind.entrySet().stream().map(kind -> new CodeSet(kind.getKey(), kind.getValue())).toList();
    }

    private Optional<LoadedFile> find(CodeFileKind kind, String clinicId, String sha256) {
        return jdbc.query("SELECT " + FILE_COLUMNS + " FROM code_set_files WHERE file_kind = ?"
                + " AND COALESCE(clinic_id, '') = COALESCE(?, '') AND sha256 = ?", FILE, kind.name(), clinicId,
                sha256).stream().findFirst();
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static final RowMapper<LoadedFile> FILE = (ResultSet rs, int row) -> file(rs);

    private static LoadedFile file(ResultSet rs) throws SQLException {
        return new LoadedFile(rs.getLong("id"), CodeFileKind.valueOf(rs.getString("file_kind")),
                rs.getString("clinic_id") == null ? LoadedFile.Scope.SHARED : LoadedFile.Scope.CLINIC,
                rs.getString("file_name"), rs.getString("sha256"), rs.getInt("entries"),
                rs.getObject("effective_from", LocalDate.class), rs.getObject("effective_through", LocalDate.class),
                rs.getTimestamp("loaded_at").toInstant(), rs.getString("loaded_by"));
    }
}
