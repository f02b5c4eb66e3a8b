package leakscope.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A JVM argument line as Surefire and Failsafe read the {@code argLine} property: arguments separated by
 * white space, an argument with spaces in double or single quotes (plexus-utils' command-line rule).
 * Arguments are kept exactly as written, so a project's own quoting and {@code @{...}} references survive.
 */
final class ArgLine {
    /** One argument: as written (quotes included), and its value (quotes removed). */
    record Argument(String raw, String value) {
        static Argument of(String value) {
            if (value.chars().noneMatch(Character::isWhitespace)) {
                return new Argument(value, value);
            }
            char quote = value.indexOf('"') < 0 ? '"' : '\'';
            return new Argument(quote + value + quote, value);
        }
    }

    private final List<Argument> arguments;

    private ArgLine(List<Argument> arguments) {
        this.arguments = List.copyOf(arguments);
    }

    static ArgLine parse(String line) {
        List<Argument> arguments = new ArrayList<>();
        if (line == null) {
            return new ArgLine(arguments);
        }
        int i = 0;
        while (i < line.length()) {
            if (Character.isWhitespace(line.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            StringBuilder value = new StringBuilder();
            char quote = 0;
            while (i < line.length() && (quote != 0 || !Character.isWhitespace(line.charAt(i)))) {
                char c = line.charAt(i++);
                if (quote == 0 && (c == '"' || c == '\'')) {
                    quote = c;
                } else if (c == quote) {
                    quote = 0;
                } else {
                    value.append(c);
                }
            }
            arguments.add(new Argument(line.substring(start, i), value.toString()));
        }
        return new ArgLine(arguments);
    }

    List<Argument> arguments() {
        return arguments;
    }

    /**
     * {@code first} before this line's arguments, less those {@code isReplaced} matches (leakscope's own from an
     * earlier execution): a later argument wins in the JVM, so the project's own flags keep the last word.
     */
    ArgLine prepend(List<String> first, java.util.function.Predicate<String> isReplaced) {
        List<Argument> joined = new ArrayList<>();
        first.forEach(value -> joined.add(Argument.of(value)));
        arguments.stream().filter(a -> !isReplaced.test(a.value())).forEach(joined::add);
        return new ArgLine(joined);
    }

    @Override
    public String toString() {
        return arguments.stream().map(Argument::raw).collect(Collectors.joining(" "));
    }
}
