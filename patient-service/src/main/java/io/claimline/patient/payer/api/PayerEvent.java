package io.claimline.patient.payer.api;

/** The events of a {@code Payer}, sealed so projections and publishers handle every one. */
public sealed interface PayerEvent
        permits PayerAddedEvent, PayerChangedEvent, PayerDeactivatedEvent, PayerReactivatedEvent {

    PayerId payerId();
}
