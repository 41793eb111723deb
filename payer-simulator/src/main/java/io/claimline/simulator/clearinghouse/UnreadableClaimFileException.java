package io.claimline.simulator.clearinghouse;

/** A file with no readable interchange header: nothing in it can be acknowledged. The message holds no data. */
class UnreadableClaimFileException extends Exception {

    UnreadableClaimFileException(String reason) {
        super(reason);
    }
}
