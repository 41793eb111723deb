package io.claimline.billing.encounter.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** A service line's note opened for the caller; {@code erased} when the patient's data key was destroyed. */
public record LineNote(@Schema(example = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d") String lineId,
        @Schema(example = "Left forearm laceration, 2 cm") String note, boolean erased) {

    @Override
    public String toString() {
        return "LineNote[lineId=" + lineId + ", erased=" + erased + "]"; // never the note
    }
}
