package io.claimline.claims.submission;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How claims are sent ({@code claimline.claims.submission.*}): who we are to the clearinghouse (ISA06 sender id and
 * the 1000A submitter), who receives (ISA08 and the 1000B receiver), test or production data, how often ready
 * claims are cut into batches, unsent batches are sent again and the clearinghouse is polled for acknowledgements,
 * and the most claims one interchange holds.
 */
@ConfigurationProperties("claimline.claims.submission")
public record SubmissionSettings(String senderQualifier, String senderId, String submitterName,
        String submitterContact, String submitterPhone, String receiverQualifier, String receiverId,
        String receiverName, boolean production, Duration cutEvery, Duration sendEvery, Duration pollEvery, int maxClaimsPerBatch) {

    public SubmissionSettings {
        require(senderId, "sender-id");
        require(receiverId, "receiver-id");
        require(submitterName, "submitter-name");
        require(receiverName, "receiver-name");
        senderQualifier = senderQualifier == null ? "ZZ" : senderQualifier;
        receiverQualifier = receiverQualifier == null ? "ZZ" : receiverQualifier;
        if (cutEvery == null || cutEvery.isNegative() || cutEvery.isZero()) {
            throw new IllegalArgumentException("claimline.claims.submission.cut-every must be a positive duration");
        }
        if (sendEvery == null || sendEvery.isNegative() || sendEvery.isZero()) {
            throw new IllegalArgumentException("claimline.claims.submission.send-every must be a positive duration");
        }
        if (pollEvery == null || pollEvery.isNegative() || pollEvery.isZero()) {
            throw new IllegalArgumentException("claimline.claims.submission.poll-every must be a positive duration");
        }
        if (maxClaimsPerBatch < 1 || maxClaimsPerBatch > 5000) {
            throw new IllegalArgumentException("claimline.claims.submission.max-claims-per-batch must be 1 to 5000");
        }
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("claimline.claims.submission." + name + " is required");
        }
    }
}
