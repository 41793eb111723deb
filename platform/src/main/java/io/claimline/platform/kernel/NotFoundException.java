package io.claimline.platform.kernel;

/**
 * An id the caller may not see: it does not exist, or it belongs to another clinic (both answer 404 so that
 * ids of other clinics cannot be probed).
 */
public class NotFoundException extends RuntimeException {

    private final String field;

    public NotFoundException(String what) {
        this(null, what);
    }

    /** An id given in a request field that names nothing the caller may see: the problem's errors[] names it. */
    public NotFoundException(String field, String what) {
        super(what + " not found");
        this.field = field;
    }

    /** The request field that held the id, or null when the id was the resource's own (its path). */
    public String field() {
        return field;
    }
}
