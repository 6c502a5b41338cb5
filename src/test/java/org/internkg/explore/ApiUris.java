package org.internkg.explore;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Builds the URI of an API call in tests: a base and a path, then name/value pairs as an encoded query string. */
final class ApiUris {

    private ApiUris() {
    }

    static URI of(String base, String path, String... params) {
        StringBuilder uri = new StringBuilder(base + path);
        for (int i = 0; i < params.length; i += 2) {
            uri.append(i == 0 ? '?' : '&').append(params[i]).append('=')
                    .append(URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
        }
        return URI.create(uri.toString());
    }
}
