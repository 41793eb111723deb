package io.claimline.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

class RequiredMetaDataTest {

    private static final MetaData COMPLETE = MetaData.with(MetaDataKeys.USER_ID, "biller")
            .and(MetaDataKeys.CLINIC_ID, "clinic-001").and(MetaDataKeys.CORRELATION_ID, "corr-1");

    private final RequiredMetaData interceptor = new RequiredMetaData();

    @Test
    void aCommandWithWhoWhichClinicAndWhyPasses() {
        CommandMessage<?> command = GenericCommandMessage.asCommandMessage("open").andMetaData(COMPLETE);

        assertThat(interceptor.handle(List.of(command)).apply(0, command)).isSameAs(command);
    }

    @Test
    void aCommandWithoutAClinicIsRefusedAtDispatch() {
        CommandMessage<?> command = GenericCommandMessage.asCommandMessage("open")
                .andMetaData(COMPLETE.withoutKeys(java.util.Set.of(MetaDataKeys.CLINIC_ID)));

        assertThatThrownBy(() -> interceptor.handle(List.of(command)).apply(0, command))
                .isInstanceOf(RequiredMetaData.MissingMetaDataException.class)
                .hasMessageContaining("clinicId");
    }

    @Test
    void aBlankUserIsNoUser() {
        CommandMessage<?> command = GenericCommandMessage.asCommandMessage("open")
                .andMetaData(COMPLETE.and(MetaDataKeys.USER_ID, " "));

        assertThatThrownBy(() -> interceptor.handle(List.of(command)).apply(0, command))
                .hasMessageContaining("userId");
    }
}
