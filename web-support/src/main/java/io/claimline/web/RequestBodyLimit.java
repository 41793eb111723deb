package io.claimline.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies above the limit with 413, in the gateway and in every service (a service called directly
 * enforces its own limit). A declared Content-Length is checked before anything is read; a chunked body (no
 * declared length) is counted while it is read, and {@link BodyTooLargeException} tells the reader's error
 * handling to answer 413 (the gateway's route, a service's problem advice).
 */
public class RequestBodyLimit extends OncePerRequestFilter {

    private final DataSize limit;
    private final ObjectMapper mapper;

    public RequestBodyLimit(DataSize limit, ObjectMapper mapper) {
        this.limit = limit;
        this.mapper = mapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > limit.toBytes()) {
            ProblemDetail problem = problem(limit);
            response.setStatus(problem.getStatus());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            mapper.writeValue(response.getOutputStream(), problem);
            return;
        }
        // With a declared length the container already stops at that length; only chunked bodies need counting.
        chain.doFilter(declared < 0 ? new CountedRequest(request, limit.toBytes()) : request, response);
    }

    public static ProblemDetail problem(DataSize limit) {
        return Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "Payload Too Large",
                "The request body is larger than the limit of " + limit.toKilobytes() + " KB");
    }

    /** Raised while a chunked body streams past the limit; an IOException so that I/O layers pass it on. */
    public static final class BodyTooLargeException extends IOException {

        public BodyTooLargeException() {
            super("request body exceeds the limit");
        }
    }

    private static final class CountedRequest extends HttpServletRequestWrapper {

        private final long maxBytes;
        private ServletInputStream counted;

        CountedRequest(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (counted == null) {
                counted = new CountedInputStream(super.getInputStream(), maxBytes);
            }
            return counted;
        }
    }

    private static final class CountedInputStream extends ServletInputStream {

        private final ServletInputStream delegate;
        private final long maxBytes;
        private long read;

        CountedInputStream(ServletInputStream delegate, long maxBytes) {
            this.delegate = delegate;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > maxBytes) {
                throw new BodyTooLargeException();
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
