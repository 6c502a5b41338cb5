package org.internkg.security;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Who may write and what an upload may hold.
 *
 * @param token            the bearer token that authorizes Graph Store writes ({@code Authorization: Bearer …});
 *                         unset means writes are off (403). At least 16 characters.
 * @param maxUploadBytes   largest upload body (default 16 MiB); larger is 413
 * @param maxLiteralLength longest literal in an upload, in characters (default 10000)
 * @param maxDepth         deepest bracket nesting in an upload (default 64), checked before parsing
 * @param allowedSchemes   IRI schemes an upload may use (default http, https, urn, mailto); anything else,
 *                         {@code javascript:}, {@code file:} and {@code data:} included, is refused
 */
@ConfigurationProperties("internkg.write")
public record WriteProperties(String token, Long maxUploadBytes, Integer maxLiteralLength, Integer maxDepth,
                              List<String> allowedSchemes) {

    /** Shorter tokens are guessable; refusing them at start-up beats a weak secret in production. */
    static final int MIN_TOKEN_LENGTH = 16;

    @ConstructorBinding
    public WriteProperties {
        token = token == null || token.isBlank() ? null : token.strip();
        if (token != null && token.length() < MIN_TOKEN_LENGTH) {
            throw new IllegalArgumentException("internkg.write.token must be at least " + MIN_TOKEN_LENGTH + " characters");
        }
        maxUploadBytes = maxUploadBytes == null ? 16L << 20 : maxUploadBytes;
        maxLiteralLength = maxLiteralLength == null ? 10_000 : maxLiteralLength;
        maxDepth = maxDepth == null ? 64 : maxDepth;
        allowedSchemes = allowedSchemes == null || allowedSchemes.isEmpty() ? List.of("http", "https", "urn", "mailto")
                : allowedSchemes.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
    }

    public boolean writesEnabled() {
        return token != null;
    }

    @Override
    public String toString() {
        // Never print the secret (actuator, logs).
        return "WriteProperties[token=" + (token == null ? "unset" : "set") + ", maxUploadBytes=" + maxUploadBytes + "]";
    }
}
