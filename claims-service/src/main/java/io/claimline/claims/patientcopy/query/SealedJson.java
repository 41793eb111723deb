package io.claimline.claims.patientcopy.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimline.platform.phi.PhiVault;
import io.claimline.platform.phi.SealedValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Sealed values kept as JSON ({@code {"field": {"keyId", "ciphertext"}}}), as the patient events carry them: the
 * columns that hold a sealed person or sealed details. Nothing here opens anything.
 */
final class SealedJson {

    private SealedJson() {
    }

    static String write(ObjectMapper json, Object sealed) {
        try {
            return json.writeValueAsString(sealed);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("sealed values did not serialise", e);
        }
    }

    /** The named fields present in {@code sealedJson}, labelled for the vault under the key of {@code subjectId}. */
    static List<PhiVault.SealedField> fields(ObjectMapper json, String subjectId, String sealedJson,
            List<String> names) {
        List<PhiVault.SealedField> fields = new ArrayList<>();
        if (sealedJson == null) {
            return fields;
        }
        JsonNode node = read(json, sealedJson);
        for (String name : names) {
            JsonNode value = node.path(name);
            if (value.hasNonNull("keyId") && value.hasNonNull("ciphertext")) {
                fields.add(new PhiVault.SealedField(subjectId, name,
                        new SealedValue(value.get("keyId").asText(), value.get("ciphertext").asText())));
            }
        }
        return fields;
    }

    static JsonNode read(ObjectMapper json, String sealedJson) {
        try {
            return json.readTree(sealedJson);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a sealed column does not hold JSON", e);
        }
    }
}
