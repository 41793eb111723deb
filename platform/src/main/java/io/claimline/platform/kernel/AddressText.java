package io.claimline.platform.kernel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How an address is written before it is sealed (one value, JSON of its lines) and read after it is opened; the
 * same text travels in integration events, so consumers read it the same way.
 */
public final class AddressText {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AddressText() {
    }

    public static String write(UsAddress address) {
        try {
            return JSON.writeValueAsString(address);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an address always serialises", e);
        }
    }

    public static UsAddress read(String json) {
        try {
            return JSON.readValue(json, UsAddress.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a sealed address is JSON this class wrote", e);
        }
    }
}
