package org.nhlakehouse.dashboard.web;

import java.util.Locale;

/**
 * A {@link Choice} made by an enum whose URL value is its constant's name in lower case ({@code DAYS} is
 * {@code days}), so that the value is written once: renaming a constant renames its URL value.
 */
public interface EnumChoice extends Choice {

    /** The enum constant's name (implemented by {@link Enum#name()}). */
    String name();

    @Override
    default String param() {
        return name().toLowerCase(Locale.ROOT);
    }
}
