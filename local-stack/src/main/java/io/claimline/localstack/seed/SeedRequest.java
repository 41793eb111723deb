package io.claimline.localstack.seed;

/** One write of the seed: method, path under the gateway, its stable Idempotency-Key and JSON body. */
public record SeedRequest(String method, String path, String idempotencyKey, String body) {
}
