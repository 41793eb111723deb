package io.claimline.gateway.auth;

import java.util.List;

/**
 * The clinic (tenant) a caller belongs to and its roles there: what every access token must carry. A service
 * client has no clinic ({@code clinicId} is {@code null}) and roles exactly {@code [service]}; a provider also
 * has an NPI ({@code null} for everyone else).
 */
record Membership(String clinicId, List<String> roles, String npi) {

    Membership {
        roles = List.copyOf(roles);
    }

    /** Roles exactly {@code [service]}: one of Claimline's own services, acting for no single clinic. */
    boolean isService() {
        return roles.equals(List.of(AuthProperties.SERVICE_ROLE));
    }
}
