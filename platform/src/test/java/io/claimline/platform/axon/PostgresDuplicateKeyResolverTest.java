package io.claimline.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class PostgresDuplicateKeyResolverTest {

    private final PostgresDuplicateKeyResolver resolver = new PostgresDuplicateKeyResolver();

    @Test
    void recognisesAUniqueViolationHoweverDeeplyWrapped() {
        SQLException duplicate = new SQLException("duplicate key value violates unique constraint", "23505");

        assertThat(resolver.isDuplicateKeyViolation(new RuntimeException(new RuntimeException(duplicate)))).isTrue();
    }

    @Test
    void recognisesAUniqueViolationChainedBehindABatchFailure() {
        BatchUpdateException batch = new BatchUpdateException("batch entry 0 failed", "40001", new int[0]);
        batch.setNextException(new SQLException("duplicate key", "23505"));

        assertThat(resolver.isDuplicateKeyViolation(batch)).isTrue();
    }

    @Test
    void leavesOtherDatabaseErrorsAlone() {
        assertThat(resolver.isDuplicateKeyViolation(new SQLException("relation does not exist", "42P01"))).isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new IllegalStateException("no SQL here"))).isFalse();
    }
}
