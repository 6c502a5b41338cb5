package org.internkg.harvest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small readers for the inline markdown and HTML that upstream tables and lists use. */
final class MarkdownText {

    private static final Pattern LINK_URL = Pattern.compile("\\]\\((https?://[^)\\s]+)\\)|href=\"(https?://[^\"]+)\"");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern FOOTNOTE = Pattern.compile("<sup>.*?</sup>");
    private static final Pattern MD_LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");

    /** First path segments of hub URLs that are pages, not repository owners (collections, datasets …). */
    private static final java.util.Set<String> NOT_OWNERS = java.util.Set.of("collections", "datasets", "spaces", "papers", "docs", "organizations");

    private MarkdownText() {
    }

    /** Every http(s) URL a cell links to, in order. */
    static List<String> urls(String text) {
        List<String> urls = new ArrayList<>();
        Matcher m = LINK_URL.matcher(text);
        while (m.find()) {
            urls.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return urls;
    }

    /** The repository id of the first link on {@code host} that names one (badge images on a CDN subdomain do not). */
    static String repoIdOn(String text, String host, String prefix) {
        for (String url : urls(text)) {
            String rest = url.replaceFirst("^https?://", "");
            String urlHost = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
            String id = urlHost.equals(host) || urlHost.equals("www." + host) ? repoId(url, prefix) : null;
            if (id != null) {
                return id;
            }
        }
        return null;
    }

    /** The text a reader sees: footnotes, tags, link targets, emphasis and escapes removed, spaces collapsed. */
    static String plain(String text) {
        String s = FOOTNOTE.matcher(text).replaceAll("");
        s = MD_LINK.matcher(s).replaceAll("$1");
        s = TAG.matcher(s).replaceAll(" ");
        s = s.replace("**", "").replace("\\*", "*").replace("\\[", "[").replace("\\]", "]").replace("\\_", "_");
        return s.replaceAll("\\s+", " ").strip();
    }

    /** The bold text of a cell ({@code **InternLM2-7B**}), or null. */
    static String bold(String text) {
        Matcher m = BOLD.matcher(text);
        return m.find() ? m.group(1).strip() : null;
    }

    /**
     * The repository id in a hub URL: the two path segments after {@code prefix}
     * ({@code https://huggingface.co/internlm/internlm2-7b} → {@code internlm/internlm2-7b}).
     */
    static String repoId(String url, String prefix) {
        if (url == null) {
            return null;
        }
        int at = url.indexOf(prefix);
        if (at < 0) {
            return null;
        }
        String[] parts = url.substring(at + prefix.length()).split("[/?#]");
        if (parts.length < 2 || parts[0].isEmpty() || parts[1].isEmpty() || NOT_OWNERS.contains(parts[0])) {
            return null;
        }
        return parts[0] + "/" + parts[1];
    }
}
