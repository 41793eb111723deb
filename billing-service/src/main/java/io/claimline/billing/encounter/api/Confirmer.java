package io.claimline.billing.encounter.api;

/**
 * Who reviews an encounter, as their token says: the NPI a provider's token carries (null for anyone else) and
 * whether they are a manager (who may act for a provider, with a reason).
 */
public record Confirmer(String npi, boolean manager) {
}
