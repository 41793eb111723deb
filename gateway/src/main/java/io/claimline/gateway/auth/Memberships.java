package io.claimline.gateway.auth;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Who belongs to which clinic, for clients and users apart: a client id and a user name may be equal, and the
 * grant type says which one a token is for.
 */
final class Memberships {

    private final Map<String, Membership> clients;
    private final Map<String, Membership> users;

    /** By client id and by user name; {@link #from} builds them from validated configuration. */
    Memberships(Map<String, Membership> clients, Map<String, Membership> users) {
        this.clients = clients;
        this.users = users;
    }

    static Memberships from(AuthProperties properties) {
        return new Memberships(
                properties.clients().stream().collect(Collectors.toUnmodifiableMap(
                        AuthProperties.ClientAccount::clientId, c -> new Membership(c.clinicId(), c.roles(), null))),
                properties.users().stream().collect(Collectors.toUnmodifiableMap(
                        AuthProperties.UserAccount::username, u -> new Membership(u.clinicId(), u.roles(), u.npi()))));
    }

    Optional<Membership> ofClient(String clientId) {
        return Optional.ofNullable(clients.get(clientId));
    }

    Optional<Membership> ofUser(String username) {
        return Optional.ofNullable(users.get(username));
    }
}
