package io.claimline.x12.eligibility;

import io.claimline.x12.X12Text;
import java.util.regex.Pattern;

/** The provider organisation asking (loop 2100B): NM1*1P*2 with its NPI (XX). */
public record InformationReceiver(String organizationName, String npi) {

    private static final Pattern NPI = Pattern.compile("\\d{10}");

    public InformationReceiver {
        X12Text.requireText("receiver.organizationName", organizationName, 60);
        if (npi == null || !NPI.matcher(npi).matches()) {
            throw new IllegalArgumentException("receiver.npi must be 10 digits");
        }
    }
}
