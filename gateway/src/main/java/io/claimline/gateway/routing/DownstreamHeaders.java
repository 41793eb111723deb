package io.claimline.gateway.routing;

import io.claimline.web.RequestIds;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.function.ServerRequest;

/** The headers the service gets, where they must differ from what Spring's request view would hand on. */
final class DownstreamHeaders {

    private DownstreamHeaders() {
    }

    static Function<ServerRequest, ServerRequest> asReceived() {
        return request -> ServerRequest.from(request)
                .headers(headers -> {
                    // The ids the gateway's RequestIds filter settled on, not the raw client headers: a malformed
                    // client id was replaced there and a missing one generated, so every hop logs the same ids.
                    headers.set(RequestIds.REQUEST_ID_HEADER, RequestIds.currentRequestId());
                    headers.set(RequestIds.CORRELATION_ID_HEADER, RequestIds.currentCorrelationId());
                    // Spring's view of the request appends the servlet's character encoding to Content-Type; the
                    // service must see the type the client sent (an X12 upload declares no UTF-8, say).
                    String contentType = request.servletRequest().getHeader(HttpHeaders.CONTENT_TYPE);
                    if (contentType != null) {
                        headers.set(HttpHeaders.CONTENT_TYPE, contentType);
                    }
                    // Services authenticate by bearer token only; the browser's cookies (the gateway's own login
                    // session among them) are of no use to them and should not travel further.
                    headers.remove(HttpHeaders.COOKIE);
                })
                .build();
    }
}
