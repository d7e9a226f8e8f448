package io.throughline.requests;

import io.throughline.kernel.Limits;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Set;

/**
 * Reads an API request's body before any controller does, at most {@link Limits#BODY_BYTES} of it: a larger body is
 * refused with 413, by its Content-Length before a byte is read or, sent in chunks, once it passes the limit. A JSON
 * body must also be strict UTF-8: Jackson decodes overlong forms (C0 AF as '/') that no encoder writes and that slip
 * past checks of the text. What passes is handed on from memory; refusals are problems like any other.
 */
class RequestBodyLimit extends OncePerRequestFilter {

    private static final Set<String> WITHOUT_BODY = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final HandlerExceptionResolver problems;

    RequestBodyLimit(HandlerExceptionResolver problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return WITHOUT_BODY.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > Limits.BODY_BYTES) {
            refuse(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "the body has " + request.getContentLengthLong()
                    + " bytes; at most " + Limits.BODY_BYTES + " are accepted");
            return;
        }
        byte[] body = request.getInputStream().readNBytes(Limits.BODY_BYTES + 1);
        if (body.length > Limits.BODY_BYTES) {
            refuse(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "the body has more than " + Limits.BODY_BYTES
                    + " bytes, the most accepted");
            return;
        }
        String notUtf8 = isJson(request) ? whereNotUtf8(body) : null;
        if (notUtf8 != null) {
            refuse(request, response, HttpStatus.BAD_REQUEST, "the body is not valid UTF-8: " + notUtf8);
            return;
        }
        chain.doFilter(new ReadBody(request, body), response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail) {
        problems.resolveException(request, response, null,
                new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null));
    }

    private static boolean isJson(HttpServletRequest request) {
        return request.getContentType() != null && request.getContentType().toLowerCase().contains("json");
    }

    /** Where the bytes stop being UTF-8, or null if they are. */
    private static String whereNotUtf8(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(body);
        CharBuffer chars = CharBuffer.allocate(body.length);
        CoderResult result = decoder.decode(bytes, chars, true);
        if (!result.isError()) {
            result = decoder.flush(chars);
        }
        if (!result.isError()) {
            return null;
        }
        int at = bytes.position();
        return "byte " + at + " starts " + HexFormat.ofDelimiter(" ").withUpperCase()
                .formatHex(body, at, Math.min(body.length, at + result.length()));
    }

    /** The request with its body read already. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body has been read already");
                }

                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }
            };
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8.name() : encoding));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
