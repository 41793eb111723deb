package io.claimline.platform.reconciliation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a projection (an event handler bean with a {@code @ProcessingGroup}) and names the tables it owns, the only
 * ones its handlers write. The reconciliation replays the projection into copies of exactly these tables, so a table
 * left out makes the replay fail loudly instead of writing the live one; an operator's rebuild resets the group.
 * A group without this declaration (a publisher, marked {@code @DisallowReplay}) is never replayed nor rebuilt.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ReadModel {

    Table[] value();

    /** One owned table and the two columns the comparison needs. */
    @Target({})
    @Retention(RetentionPolicy.RUNTIME)
    @interface Table {

        String name();

        /** The id of the aggregate whose events make the row: rows of aggregates still moving are left out. */
        String aggregateIdColumn();

        /** The row's clinic: a caller compares their own clinic's rows only. */
        String clinicIdColumn();
    }
}
