package leakscope.reports;

/** Recorded text made safe for a terminal: control characters (escape sequences, newlines) shown as \\uXXXX. */
public final class TerminalText {
    private TerminalText() {
    }

    public static String safe(String recorded) {
        StringBuilder safe = new StringBuilder(recorded.length());
        recorded.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                safe.append(String.format("\\u%04x", c));
            } else {
                safe.appendCodePoint(c);
            }
        });
        return safe.toString();
    }
}
