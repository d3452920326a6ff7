package org.nhlakehouse.statemachine.json;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Timestamps as the States Language defines them: RFC 3339 with an uppercase {@code T}, and an uppercase {@code Z}
 * when there is no numeric offset, e.g. {@code 2016-03-14T01:59:00Z}
 * (<a href="https://states-language.net/spec.html#timestamps">spec, "Timestamps"</a>).
 */
public final class Timestamps {

    private static final Pattern RFC3339 = Pattern
            .compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})");
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    /** The instant a timestamp string denotes, or empty when the string is not a valid States Language timestamp. */
    public static Optional<Instant> parse(String text) {
        if (text == null || !RFC3339.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** UTC with milliseconds, the form Step Functions uses in the Context Object ({@code $$.Execution.StartTime}). */
    public static String format(Instant instant) {
        return MILLIS.format(instant);
    }
}
