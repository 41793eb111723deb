package io.claimline.claims.exchange.inbound;

/**
 * A well-formed acknowledgement that names something this service never sent (an unknown interchange, group or
 * patient control number): the whole file is rejected and nothing of it applied.
 */
class UnmatchedAcknowledgementException extends RuntimeException {

    UnmatchedAcknowledgementException(String reason) {
        super(reason);
    }
}
