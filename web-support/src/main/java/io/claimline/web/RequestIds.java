package io.claimline.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.ServletRequest;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a request id and a correlation id (taken from the gateway's headers when they are
 * well-formed, made up otherwise), echoes them back, and puts them in the log context. Ids are opaque tokens,
 * never PHI.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIds extends OncePerRequestFilter {

    public static final String REQUEST_ID_HEADER = "X-Request-Id";
    public static final String CORRELATION_ID_HEADER = "X-Correlation-Id";
    private static final String REQUEST_ID_ATTRIBUTE = RequestIds.class.getName() + ".requestId";
    private static final String CORRELATION_ID_ATTRIBUTE = RequestIds.class.getName() + ".correlationId";
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = safe(request.getHeader(REQUEST_ID_HEADER)).orElseGet(RequestIds::newId);
        String correlationId = safe(request.getHeader(CORRELATION_ID_HEADER)).orElse(requestId);
        request.setAttribute(REQUEST_ID_ATTRIBUTE, requestId);
        request.setAttribute(CORRELATION_ID_ATTRIBUTE, correlationId);
        response.setHeader(REQUEST_ID_HEADER, requestId);
        response.setHeader(CORRELATION_ID_HEADER, correlationId);
        MDC.put("requestId", requestId);
        MDC.put("correlationId", correlationId);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove("requestId");
            MDC.remove("correlationId");
        }
    }

    /** The current request's id, or a fresh one outside a request. */
    public static String currentRequestId() {
        return attribute(REQUEST_ID_ATTRIBUTE).orElseGet(RequestIds::newId);
    }

    /** The id this filter gave the request, if the request went through it. */
    public static Optional<String> requestIdOf(ServletRequest request) {
        return Optional.ofNullable(request.getAttribute(REQUEST_ID_ATTRIBUTE)).map(String.class::cast);
    }

    /** A fresh request id. */
    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** The current request's correlation id, or the request id when the caller gave none. */
    public static String currentCorrelationId() {
        return attribute(CORRELATION_ID_ATTRIBUTE).orElseGet(RequestIds::currentRequestId);
    }

    private static Optional<String> attribute(String name) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes == null) {
            return Optional.empty();
        }
        return Optional.ofNullable((String) attributes.getAttribute(name, RequestAttributes.SCOPE_REQUEST));
    }

    private static Optional<String> safe(String header) {
        return Optional.ofNullable(header).filter(value -> SAFE_ID.matcher(value).matches());
    }
}
