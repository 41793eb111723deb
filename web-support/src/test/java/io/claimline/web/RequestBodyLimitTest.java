package io.claimline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletRequest;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

class RequestBodyLimitTest {

    private final ObjectMapper mapper = Jackson2ObjectMapperBuilder.json().build();
    private final RequestBodyLimit limit = new RequestBodyLimit(DataSize.ofBytes(10), mapper);
    private final AtomicReference<ServletRequest> passedOn = new AtomicReference<>();
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    private void filter(MockHttpServletRequest request) throws Exception {
        limit.doFilter(request, response, (req, res) -> passedOn.set(req));
    }

    @Test
    void refusesADeclaredLengthOverTheLimitBeforeReadingIt() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/patients");
        request.setContent(new byte[11]);

        filter(request);

        assertThat(passedOn).hasNullValue();
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(mapper.readTree(response.getContentAsString()).path("code").asText())
                .isEqualTo("payload-too-large");
    }

    @Test
    void passesADeclaredLengthWithinTheLimit() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/patients");
        request.setContent(new byte[10]);

        filter(request);

        assertThat(passedOn.get().getInputStream().readAllBytes()).hasSize(10);
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void stopsAChunkedBodyOnceItCrossesTheLimit() throws Exception {
        MockHttpServletRequest request = chunked(new byte[11]);

        filter(request);

        assertThatThrownBy(() -> passedOn.get().getInputStream().readAllBytes())
                .isInstanceOf(RequestBodyLimit.BodyTooLargeException.class);
    }

    @Test
    void letsAChunkedBodyWithinTheLimitThrough() throws Exception {
        filter(chunked(new byte[10]));

        assertThat(passedOn.get().getInputStream().readAllBytes()).hasSize(10);
    }

    /** A body without Content-Length, as a chunked upload arrives. */
    private static MockHttpServletRequest chunked(byte[] body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/patients") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        request.setContent(body);
        return request;
    }
}
