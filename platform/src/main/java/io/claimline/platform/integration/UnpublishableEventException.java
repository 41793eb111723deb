package io.claimline.platform.integration;

/** An internal event that cannot become a valid integration event (its envelope would break the contract). */
public class UnpublishableEventException extends RuntimeException {

    private final String eventId;
    private final String aggregateId;

    UnpublishableEventException(String eventId, String aggregateId, String reason) {
        super("event " + eventId + " of aggregate " + aggregateId + " cannot be published: " + reason);
        this.eventId = eventId;
        this.aggregateId = aggregateId;
    }

    public String eventId() {
        return eventId;
    }

    public String aggregateId() {
        return aggregateId;
    }

    public String reason() {
        String message = getMessage();
        return message.substring(message.indexOf(": ") + 2);
    }
}
