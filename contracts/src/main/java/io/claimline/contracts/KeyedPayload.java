package io.claimline.contracts;

/** A payload that names its aggregate; it must be the envelope's aggregate (and so the record key). */
public interface KeyedPayload {

    String aggregateId();
}
