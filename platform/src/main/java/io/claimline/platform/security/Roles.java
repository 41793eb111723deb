package io.claimline.platform.security;

import java.util.List;

/**
 * The roles a token's {@code roles} claim may carry (docs/security/roles.md says what each may do). Controllers
 * name them in {@code @RolesAllowed}; {@link RoleCheck} enforces them.
 */
public final class Roles {

    public static final String FRONT_DESK = "front_desk";
    public static final String PROVIDER = "provider";
    public static final String BILLER = "biller";
    public static final String COLLECTIONS = "collections";
    public static final String MANAGER = "manager";
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "admin";
    public static final String CLINIC_SYSTEM = "clinic_system";
    /** A Claimline service acting as itself (client credentials, no clinic): only the PHI vault takes it. */
    public static final String SERVICE = "service";

    public static final List<String> ALL = List.of(FRONT_DESK, PROVIDER, BILLER, COLLECTIONS, MANAGER, AUDITOR,
            ADMIN, CLINIC_SYSTEM, SERVICE);

    private Roles() {
    }
}
