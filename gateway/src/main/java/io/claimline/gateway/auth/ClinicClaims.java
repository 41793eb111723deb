package io.claimline.gateway.auth;

import java.util.List;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Puts the caller's clinic and roles into every access token ({@code clinic_id}, {@code roles}), so services
 * can scope each request to one tenant and check functions without asking anyone; a provider's token also
 * carries their {@code npi}. {@code sub} is already the user name, or the client id for client credentials.
 *
 * <p>Claimline's own service clients (roles exactly {@code [service]}) belong to no clinic: their tokens carry
 * {@code roles: ["service"]} and no {@code clinic_id}. Anyone else without a clinic gets no token at all.
 *
 * <p>Every access token's {@code aud} is the API's audience ({@code claimline.auth.audience}), never the client id.
 */
final class ClinicClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    static final String CLINIC_CLAIM = "clinic_id";
    static final String ROLES_CLAIM = "roles";
    static final String NPI_CLAIM = "npi";

    private final Memberships memberships;
    private final List<String> audience;

    /** @param audience the API the access tokens are meant for: their {@code aud} (never an id_token's) */
    ClinicClaims(Memberships memberships, String audience) {
        this.memberships = memberships;
        this.audience = List.of(audience);
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            return;
        }
        boolean forClient = AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType());
        Membership membership = (forClient
                ? memberships.ofClient(context.getRegisteredClient().getClientId())
                : memberships.ofUser(context.getPrincipal().getName()))
                // A service client acts for no single clinic; only a client (never a user) can be one.
                .filter(m -> m.clinicId() != null || (forClient && m.isService()))
                // A token without a clinic would be refused by every service; better not to issue it at all.
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.ACCESS_DENIED,
                        "The caller belongs to no clinic", null)));
        // Meant for the API, not for the client that asked: services (and the gateway) accept no other audience,
        // which is what keeps an id_token (aud = the client id) from authenticating.
        context.getClaims().audience(audience);
        context.getClaims().claims(claims -> {
            if (membership.clinicId() != null) {
                claims.put(CLINIC_CLAIM, membership.clinicId());
            }
            claims.put(ROLES_CLAIM, membership.roles());
            if (membership.npi() != null) {
                claims.put(NPI_CLAIM, membership.npi());
            }
        });
    }
}
