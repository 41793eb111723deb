package io.claimline.platform.kernel;

/**
 * An id the caller may not see: it does not exist, or it belongs to another clinic (both answer 404 so that
 * ids of other clinics cannot be probed).
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
