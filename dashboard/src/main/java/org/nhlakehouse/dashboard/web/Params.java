package org.nhlakehouse.dashboard.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.nhlakehouse.core.sql.SqlMacros;
import org.nhlakehouse.dashboard.query.Quarters;

/**
 * Validates and normalizes request parameters. Every value a user can send passes through here before it reaches a
 * query: a pattern, an allow-list or numeric bounds; anything else is a 400 that names the parameter. Blank means "not
 * set".
 */
public final class Params {

    /** Quarters as the pipeline writes them: {@code 2024Q2}. */
    public static final Pattern QUARTER = Pattern.compile("(19|20)\\d{2}Q[1-4]");
    /** CMS Certification Number of a nursing home: six characters, digits with an optional letter in third place. */
    public static final Pattern CCN = Pattern.compile("\\d{2}[0-9A-Z]\\d{3}");

    /**
     * States and territories (USPS codes): the codes Silver keeps a row for ({@link SqlMacros#STATE_CODES}), so every
     * state Gold can hold has its pages.
     */
    public static final Set<String> STATES = Set.copyOf(SqlMacros.STATE_CODES);

    public static final int MAX_SEARCH_LENGTH = 80;
    public static final List<Integer> PAGE_SIZES = List.of(25, 50, 100, 200);
    public static final int MAX_PAGE = 100_000;

    private Params() {
    }

    /** A loaded quarter; when not set, the latest one with broad coverage ({@link Quarters#defaultQuarter()}). */
    public static String quarter(String raw, Quarters quarters) {
        if (quarters.isEmpty()) {
            throw new InvalidParameterException("quarter", "no quarter is loaded yet");
        }
        if (blank(raw)) {
            return quarters.defaultQuarter();
        }
        List<String> loaded = quarters.all();
        String value = raw.strip().toUpperCase(java.util.Locale.ROOT);
        if (!QUARTER.matcher(value).matches()) {
            throw new InvalidParameterException("quarter", "must look like 2024Q2");
        }
        if (!loaded.contains(value)) {
            throw new InvalidParameterException("quarter", "is not loaded; loaded quarters run from "
                    + (loaded.isEmpty() ? "none" : loaded.getFirst() + " to " + loaded.getLast()));
        }
        return value;
    }

    /** A two-letter state or territory code, or empty for all. */
    public static Optional<String> state(String raw) {
        if (blank(raw)) {
            return Optional.empty();
        }
        String value = raw.strip().toUpperCase(java.util.Locale.ROOT);
        if (!STATES.contains(value)) {
            throw new InvalidParameterException("state", "must be a two-letter state or territory code such as NY");
        }
        return Optional.of(value);
    }

    public static String ccn(String raw) {
        String value = raw == null ? "" : raw.strip().toUpperCase(java.util.Locale.ROOT);
        if (!CCN.matcher(value).matches()) {
            throw new InvalidParameterException("ccn", "must be a six-character CMS Certification Number such as 335513");
        }
        return value;
    }

    /** A star rating 1-5, or empty for any. */
    public static Optional<Integer> rating(String raw, String name) {
        return blank(raw) ? Optional.empty() : Optional.of(integer(raw, name, 1, 5));
    }

    /** Free text for a name or CCN search: any printable text up to 80 characters (it is only ever a parameter). */
    public static String search(String raw) {
        if (blank(raw)) {
            return "";
        }
        String value = raw.strip();
        if (value.length() > MAX_SEARCH_LENGTH) {
            throw new InvalidParameterException("q", "must be at most " + MAX_SEARCH_LENGTH + " characters");
        }
        if (value.chars().anyMatch(c -> Character.isISOControl(c))) {
            throw new InvalidParameterException("q", "must not contain control characters");
        }
        return value;
    }

    /** How many results to return: {@code defaultValue} when not set, at most {@code max}. */
    public static int limit(String raw, int defaultValue, int max) {
        return blank(raw) ? defaultValue : integer(raw, "limit", 1, max);
    }

    public static int page(String raw) {
        return blank(raw) ? 1 : integer(raw, "page", 1, MAX_PAGE);
    }

    public static int pageSize(String raw) {
        if (blank(raw)) {
            return 50;
        }
        int size = integer(raw, "size", 1, 1000);
        if (!PAGE_SIZES.contains(size)) {
            throw new InvalidParameterException("size", "must be one of " + PAGE_SIZES);
        }
        return size;
    }

    /** A number within bounds, or empty when not set. */
    public static Optional<Double> decimal(String raw, String name, double min, double max) {
        if (blank(raw)) {
            return Optional.empty();
        }
        double value;
        try {
            value = Double.parseDouble(raw.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, "must be a number");
        }
        if (!(value >= min && value <= max)) {
            throw new InvalidParameterException(name, "must be between " + min + " and " + max);
        }
        return Optional.of(value);
    }

    static int integer(String raw, String name, int min, int max) {
        int value;
        try {
            value = Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, "must be a whole number from " + min + " to " + max);
        }
        if (value < min || value > max) {
            throw new InvalidParameterException(name, "must be a whole number from " + min + " to " + max);
        }
        return value;
    }

    /** One of an allow-list, by its URL value; the default when not set. */
    public static <C extends Enum<C> & Choice> C choice(String raw, String name, Class<C> type, C defaultValue) {
        if (blank(raw)) {
            return defaultValue;
        }
        String value = raw.strip();
        for (C constant : type.getEnumConstants()) {
            if (constant.param().equals(value)) {
                return constant;
            }
        }
        throw new InvalidParameterException(name, "must be one of " + Arrays.stream(type.getEnumConstants())
                .map(Choice::param).collect(Collectors.joining(", ")));
    }

    /** One of an allow-list, or empty when not set. */
    public static <C extends Enum<C> & Choice> Optional<C> optionalChoice(String raw, String name, Class<C> type) {
        return blank(raw) ? Optional.empty() : Optional.of(choice(raw, name, type, null));
    }

    static boolean blank(String raw) {
        return raw == null || raw.isBlank();
    }
}
