package io.claimline.platform.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Resolves the {@link Actor} of the current request from its authenticated token. */
public final class CurrentActor {

    public static final String CLINIC_CLAIM = "clinic_id";
    public static final String ROLES_CLAIM = "roles";
    /** A provider's National Provider Identifier, on their tokens only. */
    public static final String NPI_CLAIM = "npi";

    private CurrentActor() {
    }

    public static Actor get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            throw new AccessDeniedException("no bearer token");
        }
        return fromJwt(token.getToken());
    }

    public static Actor fromJwt(Jwt jwt) {
        String clinicId = jwt.getClaimAsString(CLINIC_CLAIM);
        if (clinicId == null || clinicId.isBlank()) {
            // A token without a clinic could reach every clinic's data: refuse it outright.
            throw new AccessDeniedException("token carries no clinic");
        }
        return new Actor(jwt.getSubject(), clinicId, roles(jwt));
    }

    /** The NPI the caller's token carries (a provider's), or null for everyone else. */
    public static String npi() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            throw new AccessDeniedException("no bearer token");
        }
        String npi = token.getToken().getClaimAsString(NPI_CLAIM);
        return npi == null || npi.isBlank() ? null : npi;
    }

    static Set<String> roles(Jwt jwt) {
        Object claim = jwt.getClaims().get(ROLES_CLAIM);
        Collection<?> values = claim instanceof Collection<?> list ? list : List.of();
        return values.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
    }
}
