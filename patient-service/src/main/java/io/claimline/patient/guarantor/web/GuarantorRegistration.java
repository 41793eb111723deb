package io.claimline.patient.guarantor.web;

/** Answer to a guarantor's registration. */
public record GuarantorRegistration(String guarantorId) {
}
