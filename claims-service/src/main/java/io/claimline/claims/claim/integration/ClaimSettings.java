package io.claimline.claims.claim.integration;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How claims are worked ({@code claimline.claims.*}): a claim joins the "approaching timely filing" queue {@code
 * timelyFilingWarningDays} before its deadline, and the "no acknowledgement" queue when no claim acknowledgement
 * (277CA) came within {@code acknowledgementDue} of its submission.
 */
@ConfigurationProperties("claimline.claims")
public record ClaimSettings(int timelyFilingWarningDays, Duration acknowledgementDue) {

    public ClaimSettings {
        if (timelyFilingWarningDays < 1 || timelyFilingWarningDays > 365) {
            throw new IllegalArgumentException("claimline.claims.timely-filing-warning-days must be 1 to 365");
        }
        if (acknowledgementDue == null || acknowledgementDue.isNegative() || acknowledgementDue.isZero()) {
            throw new IllegalArgumentException("claimline.claims.acknowledgement-due must be a positive duration");
        }
    }
}
