package org.internkg.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers of every response: a Content-Security-Policy that allows scripts from this server only
 * (the explorer's inline import map is allowed by its SHA-256 hash, computed at start-up from the page that is
 * served, so editing the map can never silently break or widen the policy), no framing, no MIME sniffing, no
 * referrer to other sites. The headers survive {@code response.reset()}, which error paths use.
 */
public final class SecurityHeaders extends OncePerRequestFilter {

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>(.*?)</script>", Pattern.DOTALL);

    /** Swagger UI (springdoc's assets) sets inline styles; only its pages get them, never inline scripts. */
    private static final List<String> DOCUMENTATION_PATHS = List.of("/api/docs", "/api/swagger-ui/");

    private final String contentSecurityPolicy;
    private final String documentationPolicy;

    public SecurityHeaders(String page) {
        this.contentSecurityPolicy = policyFor(page);
        this.documentationPolicy = contentSecurityPolicy.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
    }

    /** The policy for the pages on the classpath with an inline import map: the explorer and the workbench. */
    public static SecurityHeaders forExplorer() {
        StringBuilder pages = new StringBuilder();
        for (String path : List.of("static/index.html", "static/query.html")) {
            ClassPathResource page = new ClassPathResource(path);
            if (!page.exists()) {
                continue;
            }
            try (InputStream in = page.getInputStream()) {
                pages.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path, e);
            }
        }
        return new SecurityHeaders(pages.toString());
    }

    /** {@code script-src 'self'} plus the hash of each inline script of {@code page} (the import map). */
    static String policyFor(String page) {
        List<String> hashes = new ArrayList<>();
        Matcher m = INLINE_SCRIPT.matcher(page);
        while (m.find()) {
            String hash = "'sha256-" + sha256(m.group(1)) + "'";
            if (!hashes.contains(hash)) {
                hashes.add(hash);
            }
        }
        return "default-src 'self'; script-src 'self'" + (hashes.isEmpty() ? "" : " " + String.join(" ", hashes))
                + "; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self' blob:; object-src 'none'; "
                + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    }

    public String contentSecurityPolicy() {
        return contentSecurityPolicy;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String policy = DOCUMENTATION_PATHS.stream().anyMatch(request.getRequestURI()::startsWith)
                ? documentationPolicy : contentSecurityPolicy;
        apply(response, policy);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void reset() {
                super.reset();
                apply(this, policy);
            }
        });
    }

    /** Sets the headers on one response. */
    public void apply(HttpServletResponse response) {
        apply(response, contentSecurityPolicy);
    }

    private static void apply(HttpServletResponse response, String policy) {
        response.setHeader("Content-Security-Policy", policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
