package org.internkg.format;

import java.util.List;
import java.util.Optional;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.MimeTypeUtils;

/**
 * Chooses the answer's format: an explicit {@code format=} name (for links typed into a browser) wins over
 * the Accept header; the Accept header is honoured by quality and specificity; a missing or wildcard Accept
 * gets the first format offered.
 */
public final class FormatNegotiator {

    private FormatNegotiator() {
    }

    /**
     * @param formatParameter the {@code format=} value, or null
     * @param accept          the Accept header, or null
     * @param offered         the formats this answer can take, preferred first
     * @throws UnknownFormatException when {@code format=} names nothing in the table or nothing offered here
     * @throws NotAcceptableException when the Accept header admits none of the offered formats
     */
    public static Format choose(String formatParameter, String accept, List<Format> offered) {
        if (formatParameter != null && !formatParameter.isBlank()) {
            Format named = Format.byName(formatParameter.trim());
            if (!offered.contains(named)) {
                throw new UnknownFormatException(formatParameter.trim(), offered);
            }
            return named;
        }
        if (accept == null || accept.isBlank()) {
            return offered.get(0);
        }
        List<MediaType> ranges;
        try {
            ranges = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return offered.get(0);
        }
        MimeTypeUtils.sortBySpecificity(ranges);
        ranges = ranges.stream().sorted((a, b) -> Double.compare(b.getQualityValue(), a.getQualityValue())).toList();
        for (MediaType range : ranges) {
            if (range.getQualityValue() <= 0) {
                continue;
            }
            Optional<Format> match = offered.stream()
                    .filter(f -> f.mediaTypes().stream().anyMatch(type -> range.includes(MediaType.parseMediaType(type))))
                    .findFirst();
            if (match.isPresent()) {
                return match.get();
            }
        }
        throw new NotAcceptableException(accept, offered);
    }
}
