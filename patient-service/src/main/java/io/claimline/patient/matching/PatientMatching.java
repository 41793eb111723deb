package io.claimline.patient.matching;

import io.claimline.patient.registry.api.PatientId;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds patients by blind keys only: possible duplicates of a person being registered, and searches by name and
 * date of birth or by member id. No plaintext column exists to search on.
 */
@Component
public class PatientMatching {

    private final JdbcTemplate jdbc;
    private final BlindKeys blindKeys;

    PatientMatching(JdbcTemplate jdbc, BlindKeys blindKeys) {
        this.jdbc = jdbc;
        this.blindKeys = blindKeys;
    }

    /** The clinic's (not merged) patients the match rule pairs with these facts and member ids. */
    public List<PatientId> possibleDuplicates(String clinicId, BlindKeys.Facts facts, Collection<String> memberIds) {
        Map<BlindKeyKind, Set<String>> mine = new EnumMap<>(BlindKeyKind.class);
        blindKeys.of(clinicId, facts).forEach((kind, digest) -> mine.put(kind, Set.of(digest)));
        if (!memberIds.isEmpty()) {
            mine.put(BlindKeyKind.MEMBER_ID, new HashSet<>(memberIds.stream()
                    .map(id -> blindKeys.memberId(clinicId, id)).toList()));
        }
        Set<String> counted = new HashSet<>();
        mine.forEach((kind, digests) -> {
            if (kind != BlindKeyKind.GIVEN_NAME) {
                counted.addAll(digests);
            }
        });
        if (counted.isEmpty()) {
            return List.of();
        }
        Map<UUID, Map<BlindKeyKind, Set<String>>> theirs = new LinkedHashMap<>();
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("""
                    SELECT k.patient_id, k.kind, k.digest FROM rm_patient_blind_key k
                    WHERE k.patient_id IN (SELECT patient_id FROM rm_patient_blind_key
                                           WHERE clinic_id = ? AND digest = ANY (?) AND kind <> 'GIVEN_NAME')
                    ORDER BY k.patient_id""");
            statement.setString(1, clinicId);
            statement.setArray(2, connection.createArrayOf("text", counted.toArray()));
            return statement;
        }, rs -> {
            theirs.computeIfAbsent(rs.getObject("patient_id", UUID.class), id -> new EnumMap<>(BlindKeyKind.class))
                    .computeIfAbsent(BlindKeyKind.valueOf(rs.getString("kind")), kind -> new HashSet<>())
                    .add(rs.getString("digest"));
        });
        return theirs.entrySet().stream().filter(their -> MatchRule.matches(mine, their.getValue()))
                .map(their -> new PatientId(their.getKey())).toList();
    }

    /** Patients whose family name sounds like this one, with this given-name initial and date of birth. */
    public List<PatientId> byNameAndDateOfBirth(String clinicId, String familyName, String givenName,
            LocalDate dateOfBirth, int offset, int limit) {
        String name = blindKeys.name(clinicId, familyName, givenName);
        String born = blindKeys.dateOfBirth(clinicId, dateOfBirth);
        return name == null ? List.of() : jdbc.query("""
                SELECT n.patient_id FROM rm_patient_blind_key n
                JOIN rm_patient_blind_key d ON d.patient_id = n.patient_id AND d.kind = 'DATE_OF_BIRTH' AND d.digest = ?
                WHERE n.clinic_id = ? AND n.kind = 'NAME' AND n.digest = ?
                ORDER BY n.patient_id OFFSET ? LIMIT ?""",
                (rs, row) -> new PatientId(rs.getObject(1, UUID.class)), born, clinicId, name, offset, limit);
    }

    /** Patients with a coverage carrying this member id. */
    public List<PatientId> byMemberId(String clinicId, String memberId, int offset, int limit) {
        return jdbc.query("""
                SELECT DISTINCT patient_id FROM rm_patient_blind_key
                WHERE clinic_id = ? AND kind = 'MEMBER_ID' AND digest = ?
                ORDER BY patient_id OFFSET ? LIMIT ?""",
                (rs, row) -> new PatientId(rs.getObject(1, UUID.class)), clinicId,
                blindKeys.memberId(clinicId, memberId), offset, limit);
    }
}
