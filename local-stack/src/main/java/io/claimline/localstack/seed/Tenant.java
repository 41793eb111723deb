package io.claimline.localstack.seed;

/** A seeded clinic and the user the seed writes as (gateway application-local.yml seeds both). */
public record Tenant(String clinicId, String adminUser) {
}
