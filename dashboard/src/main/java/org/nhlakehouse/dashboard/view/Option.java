package org.nhlakehouse.dashboard.view;

import java.util.ArrayList;
import java.util.List;

import org.nhlakehouse.dashboard.web.Choice;

/** An entry of a filter's drop-down. */
public record Option(String value, String label, boolean selected) {

    /** "Any" plus the allow-listed choices, the current one selected. */
    public static <C extends Enum<C> & Choice> List<Option> of(Class<C> type, C current, String anyLabel) {
        List<Option> options = new ArrayList<>();
        if (anyLabel != null) {
            options.add(new Option("", anyLabel, current == null));
        }
        for (C constant : type.getEnumConstants()) {
            options.add(new Option(constant.param(), constant.label(), constant == current));
        }
        return options;
    }

    /** "Any" plus plain values. */
    public static List<Option> ofValues(List<String> values, String current, String anyLabel) {
        List<Option> options = new ArrayList<>();
        if (anyLabel != null) {
            options.add(new Option("", anyLabel, current == null || current.isEmpty()));
        }
        for (String value : values) {
            options.add(new Option(value, value, value.equals(current)));
        }
        return options;
    }
}
