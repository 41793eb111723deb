package io.claimline.platform.security;

import java.util.Set;

/**
 * Who is acting, for which clinic, in which roles: read from the validated JWT ({@code sub},
 * {@code clinic_id}, {@code roles}). Every command's metadata and every read-model query is scoped by it.
 */
public record Actor(String userId, String clinicId, Set<String> roles) {
}
