package io.claimline.claims.encounter.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Which page of a list (query parameters). */
public record PageRequest(
        @Schema(defaultValue = "0") @Min(0) @Max(100000) Integer page,
        @Schema(defaultValue = "20") @Min(1) @Max(100) Integer size) {

    public int offset() {
        return (page == null ? 0 : page) * limit();
    }

    public int limit() {
        return size == null ? 20 : size;
    }
}
