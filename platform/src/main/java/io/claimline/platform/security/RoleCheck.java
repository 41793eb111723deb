package io.claimline.platform.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Function-level authorisation: every API endpoint declares the roles that may call it with {@code @RolesAllowed}
 * on its controller method (or class), and the check runs here, before Spring MVC reads and validates the body,
 * so a forbidden role gets 403 whatever it sends. Spring's method security would run only after the arguments
 * were resolved, letting a caller without the role learn which bodies are valid. An endpoint that declares no
 * roles is refused to everyone: forgetting the declaration closes an endpoint instead of opening it.
 */
public class RoleCheck implements HandlerInterceptor {

    static final String ROLE_PREFIX = "ROLE_";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true; // no controller behind the path: it answers 404 on its own
        }
        Set<String> allowed = allowedRoles(method);
        if (allowed.isEmpty()) {
            throw new AccessDeniedException("endpoint declares no roles");
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean permitted = authentication != null && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(authority -> authority.startsWith(ROLE_PREFIX)
                        && allowed.contains(authority.substring(ROLE_PREFIX.length())));
        if (!permitted) {
            throw new AccessDeniedException("role not allowed");
        }
        return true;
    }

    /** The method's declaration wins over its class's. */
    static Set<String> allowedRoles(HandlerMethod method) {
        RolesAllowed declared = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RolesAllowed.class);
        if (declared == null) {
            declared = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), RolesAllowed.class);
        }
        return declared == null ? Set.of() : Arrays.stream(declared.value()).collect(Collectors.toUnmodifiableSet());
    }
}
