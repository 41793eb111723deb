package io.claimline.x12;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import java.util.Objects;

/**
 * One transaction set of one HIPAA implementation guide: what the envelope must say about it and the StAEDI
 * implementation schema (under {@code x12/<version>/<set>.xml} on the classpath) that validates its content.
 * Schemas include the shared {@code x12/005010/dictionary.xml} by a path relative to themselves.
 */
public final class ImplementationGuide {

    private final String transactionSetId;
    private final String functionalIdentifierCode;
    private final String version;
    private final Map<String, String> parentLevels;
    private volatile Schema schema;

    /**
     * @param transactionSetId         ST01, e.g. {@code 271}
     * @param functionalIdentifierCode GS01, e.g. {@code HB}
     * @param version                  GS08 and ST03, e.g. {@code 005010X279A1}
     * @param parentLevels             for hierarchical sets: each HL03 level code to the level code its HL02 must
     *                                 point at ("" for the top level); empty for sets without HL
     */
    public ImplementationGuide(String transactionSetId, String functionalIdentifierCode, String version,
            Map<String, String> parentLevels) {
        this.transactionSetId = Objects.requireNonNull(transactionSetId);
        this.functionalIdentifierCode = Objects.requireNonNull(functionalIdentifierCode);
        this.version = Objects.requireNonNull(version);
        this.parentLevels = Map.copyOf(parentLevels);
    }

    public String transactionSetId() {
        return transactionSetId;
    }

    public String functionalIdentifierCode() {
        return functionalIdentifierCode;
    }

    public String version() {
        return version;
    }

    public Map<String, String> parentLevels() {
        return parentLevels;
    }

    public String schemaResource() {
        return "x12/" + version + "/" + transactionSetId + ".xml";
    }

    /** The parsed schema; loaded once (StAEDI schemas are immutable and shared by readers). */
    public Schema schema() {
        Schema loaded = schema;
        if (loaded == null) {
            synchronized (this) {
                if (schema == null) {
                    schema = load(schemaResource());
                }
                loaded = schema;
            }
        }
        return loaded;
    }

    private static Schema load(String resource) {
        URL url = ImplementationGuide.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException("implementation schema not on the classpath: " + resource);
        }
        SchemaFactory factory = SchemaFactory.newFactory();
        // Includes resolve against the schema's own URL, so they work from a directory and from a (nested) jar.
        factory.setProperty(SchemaFactory.SCHEMA_LOCATION_URL_CONTEXT, url);
        try (InputStream in = url.openStream()) {
            return factory.createSchema(in);
        } catch (EDISchemaException e) {
            throw new IllegalStateException("invalid implementation schema " + resource, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return transactionSetId + " " + version;
    }
}
