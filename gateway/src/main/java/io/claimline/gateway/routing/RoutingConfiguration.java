package io.claimline.gateway.routing;

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
import org.springframework.http.HttpHeaders;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * One route per service. Method, path, query, body and headers (Authorization, Content-Type, Idempotency-Key,
 * If-Match...) pass through as they came; the response (status, headers, body) comes back as the service sent it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({RouteTargets.class, RequestLimits.class})
class RoutingConfiguration {

    @Bean
    RouterFunction<ServerResponse> serviceRoutes(RouteTargets targets, RequestLimits limits) {
        DataSize bodyLimit = limits.maxRequestBody();
        return route("patients", "/api/patients/**", targets.patients(), bodyLimit)
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

    private static RouterFunction<ServerResponse> route(String id, String path, URI target, DataSize bodyLimit) {
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
