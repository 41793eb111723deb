package io.claimline.platform.integration;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimline.web.config.UnsafeConfigurationException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class PublishingFaultTest {

    @Test
    void withoutTheSettingPublishingGoesOn() {
        Runnable afterAcknowledged = PublishingFault.fromSettings(new MockEnvironment());

        assertThatCode(afterAcknowledged::run).doesNotThrowAnyException();
    }

    @Test
    void theHaltIsRefusedOutsideTheLocalProfile() {
        MockEnvironment production = new MockEnvironment().withProperty(PublishingFault.SETTING, "true");

        assertThatThrownBy(() -> PublishingFault.fromSettings(production))
                .isInstanceOf(UnsafeConfigurationException.class)
                .hasMessageContaining(PublishingFault.SETTING);
    }

    @Test
    void theLocalProfileMayArmIt() {
        MockEnvironment local = new MockEnvironment().withProperty(PublishingFault.SETTING, "true");
        local.setActiveProfiles("local");

        // Armed, not run: running it would halt this test's JVM.
        assertThatCode(() -> PublishingFault.fromSettings(local)).doesNotThrowAnyException();
    }
}
