package io.claimline.gateway.routing;

import io.claimline.web.RequestBodyLimit;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

class DownstreamFailureTest {

    private final ServerRequest request = ServerRequest.create(new MockHttpServletRequest("GET", "/api/claims/1"),
            List.of(new MappingJackson2HttpMessageConverter()));

    private MockHttpServletResponse answer(Throwable error) throws Exception {
        ServerResponse response = DownstreamFailure.answer("claims", DataSize.ofMegabytes(1)).apply(error, request);
        MockHttpServletResponse servlet = new MockHttpServletResponse();
        response.writeTo(request.servletRequest(), servlet,
                () -> List.of(new MappingJackson2HttpMessageConverter()));
        return servlet;
    }

    @Test
    void turnsAnUnreachableServiceIntoServiceUnavailable() throws Exception {
        MockHttpServletResponse response = answer(new ResourceAccessException("I/O error on GET request for "
                + "\"http://10.0.0.7:8083/api/claims/1\"", new ConnectException("Connection refused")));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString())
                .contains("\"code\":\"service-unavailable\"")
                .doesNotContain("10.0.0.7", "Connection refused", "Exception");
    }

    @Test
    void turnsAChunkedBodyOverTheLimitIntoPayloadTooLarge() throws Exception {
        MockHttpServletResponse response = answer(new ResourceAccessException("I/O error",
                new IOException("body publisher failed", new RequestBodyLimit.BodyTooLargeException())));

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString()).contains("\"code\":\"payload-too-large\"");
    }

    @Test
    void handlesOnlyInputOutputFailures() {
        assertThat(DownstreamFailure.matches(new ResourceAccessException("timeout"))).isTrue();
        assertThat(DownstreamFailure.matches(new IOException("reset"))).isTrue();
        assertThat(DownstreamFailure.matches(new IllegalStateException("a gateway bug"))).isFalse();
    }
}
