package io.claimline.patient.registry.api;

/** Administrative sex as X12 DMG03 carries it: female, male, unknown. */
public enum Sex {
    F, M, U
}
