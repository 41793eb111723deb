package io.claimline.gateway.routing;

import io.claimline.web.RequestBodyLimit;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.web.servlet.function.RequestPredicates.path;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimline.web.RequestIds;
import java.net.URI;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cloud.gateway.server.mvc.filter.HttpHeadersFilter;
import org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.util.Assert;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * One route per public path of a service (a service may serve several). Method, path, query, body and headers (Authorization, Content-Type, Idempotency-Key,
 * If-Match...) pass through as they came; the response (status, headers, body) comes back as the service sent it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({RouteTargets.class, RequestLimits.class})
class RoutingConfiguration {

    /** Service-to-service paths: never routed. */
    static final String INTERNAL_PATHS = "/internal/**";

    @Bean
    RouterFunction<ServerResponse> serviceRoutes(RouteTargets targets, RequestLimits limits) {
        DataSize bodyLimit = limits.maxRequestBody();
        return internalPathsStayInside()
                .and(route("patients", "/api/patients/**", targets.patients(), bodyLimit))
                // The auditors' record of who saw which patient's PHI: kept by the patient service.
                .and(route("phi-access-record", "/api/phi-access-record/**", targets.patients(), bodyLimit))
                .and(route("billing", "/api/billing/**", targets.billing(), bodyLimit))
                .and(route("claims", "/api/claims/**", targets.claims(), bodyLimit))
                .and(route("collections", "/api/collections/**", targets.collections(), bodyLimit));
    }

    /**
     * Runs after the request-context filter (so problems carry the request's trace id) and before Spring
     * Security (so an oversized body is refused before anything else looks at it).
     */
    @Bean
    FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(RequestLimits limits, ObjectMapper mapper) {
        FilterRegistrationBean<RequestBodyLimit> registration =
                new FilterRegistrationBean<>(new RequestBodyLimit(limits.maxRequestBody(), mapper));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    /**
     * Right after the request ids (so the problem carries the trace id) and before everything else: a header the
     * gateway could not forward unchanged refuses the request, whatever its path and token.
     */
    @Bean
    FilterRegistrationBean<PrintableHeaders> printableHeaders(ObjectMapper mapper) {
        FilterRegistrationBean<PrintableHeaders> registration =
                new FilterRegistrationBean<>(new PrintableHeaders(mapper));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /**
     * {@code /internal/**} is for services calling each other (with service tokens) and is never routed: checked
     * first, it answers exactly what any unknown path answers (404 problem, or 401 without a token), so a later,
     * broader route cannot expose it and a caller cannot tell it exists.
     */
    static RouterFunction<ServerResponse> internalPathsStayInside() {
        return RouterFunctions.route(path(INTERNAL_PATHS), request -> {
            throw new NoHandlerFoundException(request.method().name(), request.requestPath().value(),
                    request.headers().asHttpHeaders());
        });
    }

    private static RouterFunction<ServerResponse> route(String id, String path, URI target, DataSize bodyLimit) {
        Assert.isTrue(path.startsWith("/api/"), () -> "route " + id + " must serve a public /api/ path, not " + path);
        return GatewayRouterFunctions.route(id)
                .route(path(path), http())
                .before(uri(target))
                .before(DownstreamHeaders.asReceived())
                .onError(DownstreamFailure::matches, DownstreamFailure.answer(id, bodyLimit))
                .build();
    }

    /**
     * The service echoes the ids the gateway sent; the gateway's RequestIds filter has already set the same ones
     * on the response, so the service's copies are dropped instead of answering each header twice. A headers
     * filter (not a route's after-filter) so that it sees proxied responses only.
     */
    @Bean
    HttpHeadersFilter.ResponseHttpHeadersFilter dropEchoedRequestIds() {
        return (headers, response) -> {
            HttpHeaders kept = new HttpHeaders();
            kept.putAll(headers);
            kept.remove(RequestIds.REQUEST_ID_HEADER);
            kept.remove(RequestIds.CORRELATION_ID_HEADER);
            return kept;
        };
    }
}
