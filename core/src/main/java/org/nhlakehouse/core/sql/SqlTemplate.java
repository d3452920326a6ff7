package org.nhlakehouse.core.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A SQL statement with placeholders, as written in {@code sql/}: {@code {{ name }}} for a value from the render context
 * (a schema name, a validated literal), and {@code {{ macro(arg, ...) }}} for one of the few constructs DuckDB and
 * Athena spell differently (see {@link SqlMacros}) or for SQL written from the table declarations, filled in when the
 * catalog loads (see {@link DeclaredMacros}). Everything else is plain SQL that both engines accept.
 */
public final class SqlTemplate {

    /** A piece of the template: literal SQL text, a variable, or a macro call. */
    sealed interface Part permits Text, Variable, Macro {
    }

    record Text(String sql) implements Part {
    }

    record Variable(String name) implements Part {
    }

    record Macro(String name, List<String> arguments) implements Part {
    }

    private final String name;
    private final String source;
    private final List<Part> parts;

    private SqlTemplate(String name, String source, List<Part> parts) {
        this.name = name;
        this.source = source;
        this.parts = List.copyOf(parts);
    }

    /** Parses a template; a malformed placeholder fails here, at load time, naming the template and the line. */
    public static SqlTemplate parse(String name, String source) {
        Objects.requireNonNull(source, "source");
        List<Part> parts = new ArrayList<>();
        int position = 0;
        while (true) {
            int open = source.indexOf("{{", position);
            if (open < 0) {
                parts.add(new Text(source.substring(position)));
                break;
            }
            int close = source.indexOf("}}", open);
            if (close < 0) {
                throw new IllegalArgumentException(name + ":" + lineOf(source, open) + ": unclosed '{{'");
            }
            parts.add(new Text(source.substring(position, open)));
            parts.add(placeholder(name, source, open, source.substring(open + 2, close).strip()));
            position = close + 2;
        }
        return new SqlTemplate(name, source, parts);
    }

    /**
     * This template with the placeholders whose text does not depend on the run or the engine filled in when the
     * catalog loads: the given variables (SQL text) and macros (arguments to SQL text); every other placeholder stays
     * for {@link RenderContext#render}. The result's {@link #source()} is the filled-in text; a macro's text of several
     * lines is indented like the line it stands on.
     */
    SqlTemplate bind(Map<String, String> variables, Map<String, Function<List<String>, String>> macros) {
        StringBuilder bound = new StringBuilder(source.length());
        for (Part part : parts) {
            switch (part) {
                case Text text -> bound.append(text.sql());
                case Variable variable -> bound.append(variables.getOrDefault(variable.name(),
                        "{{ " + variable.name() + " }}"));
                case Macro macro -> {
                    Function<List<String>, String> expansion = macros.get(macro.name());
                    if (expansion == null) {
                        bound.append("{{ " + macro.name() + "(" + String.join(", ", macro.arguments()) + ") }}");
                    } else {
                        try {
                            // A text of several lines keeps the indentation of the line it stands on.
                            String line = bound.substring(bound.lastIndexOf("\n") + 1);
                            String indent = line.substring(0, line.length() - line.stripLeading().length());
                            bound.append(expansion.apply(macro.arguments()).replace("\n", "\n" + indent));
                        } catch (IllegalArgumentException e) {
                            throw new IllegalArgumentException(name + ": {{ " + macro.name() + "(...) }}: "
                                    + e.getMessage(), e);
                        }
                    }
                }
            }
        }
        return parse(name, bound.toString());
    }

    private static Part placeholder(String template, String source, int at, String body) {
        if (body.matches("[a-z_][a-z0-9_]*")) {
            return new Variable(body);
        }
        int paren = body.indexOf('(');
        if (paren > 0 && body.endsWith(")") && body.substring(0, paren).strip().matches("[a-z_][a-z0-9_]*")) {
            return new Macro(body.substring(0, paren).strip(), splitArguments(body.substring(paren + 1, body.length() - 1)));
        }
        throw new IllegalArgumentException(template + ":" + lineOf(source, at) + ": cannot read placeholder {{ " + body
                + " }}; expected {{ name }} or {{ macro(arguments) }}");
    }

    /** Splits on commas outside parentheses and quotes. */
    static List<String> splitArguments(String arguments) {
        List<String> result = new ArrayList<>();
        if (arguments.isBlank()) {
            return result;
        }
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < arguments.length(); i++) {
            char c = arguments.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0 && c == ',') {
                result.add(arguments.substring(start, i).strip());
                start = i + 1;
            }
        }
        result.add(arguments.substring(start).strip());
        return result;
    }

    private static int lineOf(String source, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    public String name() {
        return name;
    }

    public String source() {
        return source;
    }

    List<Part> parts() {
        return parts;
    }

    /** The variables this template needs. */
    public List<String> variables() {
        return parts.stream().filter(Variable.class::isInstance).map(p -> ((Variable) p).name()).distinct().toList();
    }

    /** The macros this template calls. */
    public List<String> macros() {
        return parts.stream().filter(Macro.class::isInstance).map(p -> ((Macro) p).name()).distinct().toList();
    }
}
