package io.claimline.gateway.routing;

import io.claimline.web.RequestIds;
import java.util.function.Function;
import org.springframework.web.servlet.function.ServerRequest;

/**
 * Sends the service the ids the gateway's {@link RequestIds} filter settled on, not the raw client headers: a
 * malformed client id was replaced there, and a missing one generated, so every hop logs the same ids.
 */
final class DownstreamIds {

    private DownstreamIds() {
    }

    static Function<ServerRequest, ServerRequest> propagate() {
        return request -> ServerRequest.from(request)
                .headers(headers -> {
                    headers.set(RequestIds.REQUEST_ID_HEADER, RequestIds.currentRequestId());
                    headers.set(RequestIds.CORRELATION_ID_HEADER, RequestIds.currentCorrelationId());
                })
                .build();
    }
}
