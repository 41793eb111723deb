package io.claimline.platform.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimline.codesets.CodeFileRejectedException;
import io.claimline.codesets.CodeKind;
import io.claimline.codesets.CodeSets;
import io.claimline.codesets.EffectiveRange;
import io.claimline.codesets.Membership;
import io.claimline.platform.kernel.StateConflictException;
import io.claimline.testsupport.TestInfrastructure;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The store and the in-memory code sets on a real PostgreSQL with the platform's migrations: all or nothing, once
 * per file, a later year beside an earlier one, a clinic's own CPT seen by that clinic only, and a second instance
 * (another cache on the same database) seeing a file the first one loaded.
 */
class StoredCodeSetsIT {

    private static final LocalDate IN_2026 = LocalDate.of(2026, 3, 2);
    private static final String ICD = "00001 E119    1 Type 2 diabetes mellitus without complications"
            + " ".repeat(16) + " Type 2 diabetes mellitus without complications\n"
            + "00002 E11     0 Type 2 diabetes mellitus" + " ".repeat(36) + " Type 2 diabetes mellitus\n";

    private final JdbcTemplate jdbc = database();
    private final CodeSetStore store = new CodeSetStore(jdbc,
            new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource())));
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final CodeFileLoads loads = new CodeFileLoads(store,
            Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC), meters);
    private final StoredCodeSets instanceA = new StoredCodeSets(store);
    private final StoredCodeSets instanceB = new StoredCodeSets(store);

    @Test
    void aLoadedFileIsStoredOnceAndSeenByEveryInstance() {
        assertThat(instanceB.forClinic("clinic-a").isLoaded(CodeKind.ICD_10_CM)).isFalse();

        CodeSetStore.Stored first = loads.load(icd(ICD, 2026));
        CodeSetStore.Stored again = loads.load(icd(ICD, 2026));

        assertThat(first.alreadyLoaded()).isFalse();
        assertThat(again.alreadyLoaded()).isTrue();
        assertThat(again.file()).isEqualTo(first.file());
        assertThat(first.file().entries()).isEqualTo(2);
        assertThat(first.file().scope()).isEqualTo(LoadedFile.Scope.SHARED);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM code_set_entries", Integer.class)).isEqualTo(2);
        CodeSets seenByB = instanceB.forClinic("clinic-a");
        assertThat(seenByB.isValid(CodeKind.ICD_10_CM, "E11.9", IN_2026)).isEqualTo(Membership.VALID);
        assertThat(seenByB.isValid(CodeKind.ICD_10_CM, "E11", IN_2026)).isEqualTo(Membership.NOT_BILLABLE);
        assertThat(seenByB.isValid(CodeKind.ICD_10_CM, "E11.9", LocalDate.of(2026, 10, 1)))
                .isEqualTo(Membership.NOT_VALID_ON_DATE);
        assertThat(instanceA.codes(CodeKind.ICD_10_CM)).isEqualTo(2);
        assertThat(meters.get(CodeFileLoads.LOADS_METRIC).tag("outcome", "already_loaded").counter().count())
                .isEqualTo(1);
    }

    @Test
    void aLaterFiscalYearBesideAnEarlierOneCoexists() {
        loads.load(icd(ICD, 2026));
        assertThat(instanceA.forClinic("clinic-a").isValid(CodeKind.ICD_10_CM, "E119", LocalDate.of(2026, 10, 1)))
                .as("cached before the next year is loaded").isEqualTo(Membership.NOT_VALID_ON_DATE);

        // The FY 2027 file differs (one more code), so it is a new file.
        loads.load(icd(ICD + "00003 I10     1 Essential (primary) hypertension" + " ".repeat(28)
                + " Essential (primary) hypertension\n", 2027));

        CodeSets sets = instanceA.forClinic("clinic-a");
        assertThat(sets.isValid(CodeKind.ICD_10_CM, "E119", IN_2026)).isEqualTo(Membership.VALID);
        assertThat(sets.isValid(CodeKind.ICD_10_CM, "E119", LocalDate.of(2026, 10, 1))).isEqualTo(Membership.VALID);
        assertThat(sets.isValid(CodeKind.ICD_10_CM, "I10", IN_2026)).isEqualTo(Membership.NOT_VALID_ON_DATE);
    }

    @Test
    void theSameFileWithAnotherRangeIsAConflict() {
        loads.load(icd(ICD, 2026));

        assertThatThrownBy(() -> loads.load(icd(ICD, 2027))).isInstanceOf(StateConflictException.class);
        assertThat(store.files("clinic-a")).hasSize(1);
    }

    @Test
    void aMalformedFileStoresNothing() {
        assertThatThrownBy(() -> loads.load(icd(ICD + "0000X E119    1 broken\n", 2026)))
                .isInstanceOf(CodeFileRejectedException.class);

        assertThat(store.version()).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM code_set_entries", Integer.class)).isZero();
        assertThat(meters.get(CodeFileLoads.LOADS_METRIC).tag("outcome", "rejected").counter().count())
                .isEqualTo(1);
    }

    @Test
    void aClinicsCptFileIsThatClinicsOnly() {
        loads.load(new CodeFileLoads.Upload(CodeFileKind.CPT, "clinic-a", "cpt.txt",
                EffectiveRange.from(LocalDate.of(2026, 1, 1)), bytes("99213\ttest code\n"), "admin-a"));
        CodeSetStore.Stored sameFileOtherClinic = loads.load(new CodeFileLoads.Upload(CodeFileKind.CPT, "clinic-c",
                "cpt.txt", EffectiveRange.from(LocalDate.of(2026, 1, 1)), bytes("99213\ttest code\n"), "admin-c"));

        assertThat(sameFileOtherClinic.alreadyLoaded()).as("another scope: its own load").isFalse();
        assertThat(instanceA.forClinic("clinic-a").isValid(CodeKind.CPT, "99213", IN_2026))
                .isEqualTo(Membership.VALID);
        assertThat(instanceA.forClinic("clinic-a").isValid(CodeKind.CPT, "99214", IN_2026))
                .isEqualTo(Membership.UNKNOWN);
        assertThat(instanceA.forClinic("clinic-b").isValid(CodeKind.CPT, "99213", IN_2026))
                .isEqualTo(Membership.NOT_LOADED);
        assertThat(store.files("clinic-b")).isEmpty();
        assertThat(store.files("clinic-a")).singleElement().extracting(LoadedFile::scope)
                .isEqualTo(LoadedFile.Scope.CLINIC);
        assertThat(instanceA.codes(CodeKind.CPT)).as("one per clinic").isEqualTo(2);
    }

    private static CodeFileLoads.Upload icd(String content, int fiscalYear) {
        return new CodeFileLoads.Upload(CodeFileKind.ICD_10_CM, "clinic-a", "icd10cm_order.txt",
                EffectiveRange.icd10CmFiscalYear(fiscalYear), bytes(content), "admin-a");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static JdbcTemplate database() {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(infrastructure.createDatabase("codesets"),
                infrastructure.user(), infrastructure.password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/platform").load().migrate();
        return new JdbcTemplate(dataSource);
    }
}
