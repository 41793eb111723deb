package io.claimline.platform.axon;

import org.axonframework.updates.configuration.UsagePropertyProvider;

/**
 * Axon's update checker reports usage data to an outside host at start unless told not to; a service that holds
 * PHI calls out to no one uninvited. Replaces the auto-configured provider, so the checker never starts.
 */
public class NoUsageReporting implements UsagePropertyProvider {

    @Override
    public Boolean getDisabled() {
        return Boolean.TRUE;
    }

    @Override
    public String getUrl() {
        return null;
    }

    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }
}
