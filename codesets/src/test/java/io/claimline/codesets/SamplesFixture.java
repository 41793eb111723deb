package io.claimline.codesets;

import java.io.InputStream;
import java.io.UncheckedIOException;

/** The sample files shipped in the module, read from the classpath as a service would. */
final class SamplesFixture {

    static final String ICD_10_CM = "/codesets/samples/icd10cm_order_2026_sample.txt";
    static final String ICD_10_CM_2027 = "/codesets/samples/icd10cm_order_2027_sample.txt";
    static final String HCPCS = "/codesets/samples/HCPC2026_JAN_ANWEB_sample.txt";
    static final String PLACE_OF_SERVICE = "/codesets/place-of-service/pos_codes.txt";

    private SamplesFixture() {
    }

    static InputStream open(String resource) {
        InputStream in = SamplesFixture.class.getResourceAsStream(resource);
        if (in == null) {
            throw new UncheckedIOException(new java.io.FileNotFoundException(resource));
        }
        return in;
    }

    static CodeSet icd10Cm2026() {
        try (InputStream in = open(ICD_10_CM)) {
            return Icd10CmOrderFile.load(in, EffectiveRange.icd10CmFiscalYear(2026));
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CodeSet icd10Cm2027() {
        try (InputStream in = open(ICD_10_CM_2027)) {
            return Icd10CmOrderFile.load(in, EffectiveRange.icd10CmFiscalYear(2027));
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HcpcsRecordFile.Loaded hcpcs() {
        try (InputStream in = open(HCPCS)) {
            return HcpcsRecordFile.load(in);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
