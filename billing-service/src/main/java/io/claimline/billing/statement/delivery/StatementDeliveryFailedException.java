package io.claimline.billing.statement.delivery;

/**
 * A statement could not be delivered; nothing went out and a retry is safe. The message names the statement number
 * and channel, never the recipient: mail errors quote addresses, so their text is not carried over.
 */
public class StatementDeliveryFailedException extends RuntimeException {

    StatementDeliveryFailedException(String message) {
        super(message);
    }

    StatementDeliveryFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
