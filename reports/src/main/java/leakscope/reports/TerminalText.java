package leakscope.reports;

/**
 * Recorded text made safe for a terminal: control characters (escape sequences, newlines) shown as \\uXXXX,
 * and cut after {@link #MAX_CHARS} (a recorded name may be a megabyte).
 */
public final class TerminalText {
    public static final int MAX_CHARS = 200;

    private TerminalText() {
    }

    public static String safe(String recorded) {
        return safe(recorded, MAX_CHARS);
    }

    public static String safe(String recorded, int maxChars) {
        String clipped = Clip.text(recorded, maxChars);
        StringBuilder safe = new StringBuilder(clipped.length());
        clipped.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                safe.append(String.format("\\u%04x", c));
            } else {
                safe.appendCodePoint(c);
            }
        });
        return safe.toString();
    }
}
