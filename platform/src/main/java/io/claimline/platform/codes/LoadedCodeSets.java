package io.claimline.platform.codes;

import io.claimline.codesets.CodeSets;

/**
 * The code sets this service has loaded into its own database, as one clinic sees them: the CMS files every clinic
 * shares plus the clinic's own licensed CPT file, if it loaded one. Kinds with no loaded file are checked by format
 * only ({@link io.claimline.codesets.Membership#NOT_LOADED}).
 */
public interface LoadedCodeSets {

    CodeSets forClinic(String clinicId);
}
