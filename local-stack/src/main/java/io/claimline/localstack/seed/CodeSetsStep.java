package io.claimline.localstack.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The code sets billing-service and claims-service check codes against, each into its own database: the shipped
 * ICD-10-CM and HCPCS Level II samples (codesets/README.md: samples, not the real files) and the CMS place-of-service
 * list, read from the codesets module's resources ({@code codesets/target/classes} on the seed's classpath). Shared
 * files: the first clinic's admin loads them, the second's load of the same file answers the first (200). No CPT:
 * its descriptions are AMA-licensed, so a clinic loads its own.
 */
final class CodeSetsStep implements SeedStep {

    static final List<String> SERVICES = List.of("/api/billing/code-sets", "/api/claims/code-sets");

    /** The file, and the path and query of its load under a service's code-set path. */
    record CodeFile(String resource, String load) {
    }

    static final List<CodeFile> FILES = List.of(
            new CodeFile("/codesets/samples/icd10cm_order_2026_sample.txt",
                    "/files/ICD_10_CM?fiscalYear=2026&fileName=icd10cm_order_2026_sample.txt"),
            // The next fiscal year's (from 2026-10-01), so encounters of today's dates are coded too.
            new CodeFile("/codesets/samples/icd10cm_order_2027_sample.txt",
                    "/files/ICD_10_CM?fiscalYear=2027&fileName=icd10cm_order_2027_sample.txt"),
            new CodeFile("/codesets/samples/HCPC2026_JAN_ANWEB_sample.txt",
                    "/files/HCPCS_LEVEL_II?fileName=HCPC2026_JAN_ANWEB_sample.txt"),
            // The CMS list has no file dates; HIPAA made the code set standard for claims from 2003.
            new CodeFile("/codesets/place-of-service/pos_codes.txt",
                    "/files/PLACE_OF_SERVICE?effectiveFrom=2003-01-01&fileName=pos_codes.txt"));

    @Override
    public String name() {
        return "code sets";
    }

    @Override
    public void run(Gateway gateway, Tenant tenant) {
        for (String service : SERVICES) {
            for (CodeFile file : FILES) {
                Gateway.Answer answer = gateway.upload(tenant.adminUser(), service + file.load(), read(file));
                if (answer.status() != 201 && answer.status() != 200) {
                    throw new IllegalStateException(file.resource() + " into " + service + " for " + tenant.clinicId()
                            + " answered " + answer.status());
                }
            }
        }
    }

    private static byte[] read(CodeFile file) {
        try (InputStream in = CodeSetsStep.class.getResourceAsStream(file.resource())) {
            if (in == null) {
                throw new IllegalStateException(file.resource() + " is not on the classpath (build the codesets"
                        + " module: ./mvnw package)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
