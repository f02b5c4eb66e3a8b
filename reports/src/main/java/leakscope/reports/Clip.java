package leakscope.reports;

import java.util.Locale;

/**
 * Recorded text cut to a length a reader can take in. A recorded kind or description may be a megabyte;
 * the JSON keeps it whole, the formats people read show its start and its length.
 */
public final class Clip {
    static final int NAME = 120;
    static final int DESCRIPTION = 160;
    static final int FRAME = 300;
    public static final int SENTENCE = 1_000;

    private Clip() {
    }

    /** The text, or its first {@code maxChars} characters followed by its length. */
    public static String text(String recorded, int maxChars) {
        if (recorded.length() <= maxChars) {
            return recorded;
        }
        int end = maxChars;
        if (Character.isLowSurrogate(recorded.charAt(end)) && Character.isHighSurrogate(recorded.charAt(end - 1))) {
            end--; // never split a character in two
        }
        return recorded.substring(0, end) + String.format(Locale.ROOT, "… (%,d chars)", recorded.length());
    }
}
