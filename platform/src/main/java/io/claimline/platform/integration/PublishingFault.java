package io.claimline.platform.integration;

import io.claimline.platform.config.LocalProfileDefaults;
import io.claimline.web.config.UnsafeConfigurationException;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * The fault suite's way to kill a publisher at the worst moment: with {@code claimline.faults.halt-after-published}
 * the process halts (as {@code kill -9} would: no shutdown hook, no commit) right after the broker acknowledged a
 * batch and before the processor's token update commits, so the batch is really published twice after a restart.
 * Honoured only with the local profile; anywhere else the setting stops the start.
 */
final class PublishingFault {

    static final String SETTING = "claimline.faults.halt-after-published";

    private PublishingFault() {
    }

    static Runnable fromSettings(Environment environment) {
        if (!environment.getProperty(SETTING, Boolean.class, false)) {
            return () -> { };
        }
        if (!environment.acceptsProfiles(Profiles.of(LocalProfileDefaults.LOCAL_PROFILE))) {
            throw new UnsafeConfigurationException(SETTING + " would halt this service after publishing",
                    "Remove it: it is for the fault suite on the local profile only.");
        }
        return () -> Runtime.getRuntime().halt(137);
    }
}
