package org.internkg.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The one check in front of every write: a bearer token equal to {@code internkg.write.token}. Both sides are
 * hashed and compared with {@link MessageDigest#isEqual}, so neither the content nor the length of the secret
 * leaks through timing.
 */
@Component
public class WriteAuthorization {

    private static final String REALM = "Bearer realm=\"internkg\"";

    private final byte[] expected;

    public WriteAuthorization(WriteProperties properties) {
        this.expected = properties.writesEnabled() ? sha256(properties.token()) : null;
    }

    /**
     * @param authorization the request's {@code Authorization} header, or null
     * @throws RefusedRequestException 405 (with Allow: the reading methods) when writes are off, 401 with {@code WWW-Authenticate} otherwise
     */
    public void require(String authorization) {
        if (expected == null) {
            throw new RefusedRequestException(HttpStatus.METHOD_NOT_ALLOWED,
                    "writes are disabled on this server (no internkg.write.token is configured); it only reads",
                    Map.of("Allow", "GET, HEAD, OPTIONS"));
        }
        if (authorization == null || authorization.isBlank()) {
            throw unauthorized("invalid_request", "this write needs credentials: send Authorization: Bearer <token>");
        }
        int space = authorization.indexOf(' ');
        if (space < 0 || !authorization.substring(0, space).equalsIgnoreCase("Bearer")) {
            throw unauthorized("invalid_request", "malformed Authorization header: expected the Bearer scheme");
        }
        String token = authorization.substring(space + 1).strip();
        if (token.isEmpty() || !token.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw unauthorized("invalid_request", "malformed bearer token");
        }
        if (!MessageDigest.isEqual(expected, sha256(token))) {
            throw unauthorized("invalid_token", "the bearer token is not valid");
        }
    }

    private static RefusedRequestException unauthorized(String error, String message) {
        return new RefusedRequestException(HttpStatus.UNAUTHORIZED, message,
                Map.of("WWW-Authenticate", REALM + ", error=\"" + error + "\""));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
