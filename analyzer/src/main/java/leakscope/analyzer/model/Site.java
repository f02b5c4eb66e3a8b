package leakscope.analyzer.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * Where a leak is to be fixed (CONTRACT.md §2): one frame of an acquire's stack, or a note that there
 * is none. Grouping and fingerprints use the fields; {@link #text()} is the one spelling every output
 * shows, Java's stack-trace form {@code com.acme.Cache.open(Cache.java:42)}.
 *
 * @param className binary name of the declaring class, {@code com.acme.Cache$Entry}; empty unless a frame
 * @param file the source file as javac names it from the outermost class (JFR records no file names)
 * @param line source line, or -1 when unknown
 * @param isNative a native method (no line)
 */
public record Site(Kind kind, String className, String method, String file, int line, boolean isNative) {
    /** No frame of the stack is the application's: all the recorder's, the platform's, or skipped ones. */
    public static final Site NO_APPLICATION_FRAME = new Site(Kind.NO_APPLICATION_FRAME, "", "", "", -1, false);
    /** The stack was not recorded (the JVM's old-object samples without {@code settings=profile}). */
    public static final Site NOT_RECORDED = new Site(Kind.NOT_RECORDED, "", "", "", -1, false);
    /**
     * As their text sorts, so that reports list sites in a stable order. Equal sites compare without their
     * text: a sort of 100,000 leak groups at one site spelled it out millions of times.
     */
    public static final Comparator<Site> ORDER = (a, b) -> a.equals(b) ? 0 : a.text().compareTo(b.text());

    public enum Kind {
        FRAME,
        NO_APPLICATION_FRAME,
        NOT_RECORDED
    }

    public Site {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(file, "file");
    }

    /** The site at a frame. */
    public static Site of(Frame frame) {
        String simple = frame.type().substring(frame.type().lastIndexOf('.') + 1);
        int nested = simple.indexOf('$');
        String file = (nested > 0 ? simple.substring(0, nested) : simple) + ".java";
        return new Site(Kind.FRAME, frame.type(), frame.method(), file, frame.line(), frame.isNative());
    }

    /**
     * The site a {@link #text()} names, as read back from a report or baseline file: the inverse of
     * {@code text()} for every text it makes; any other text is kept whole as a class name.
     */
    public static Site parse(String text) {
        if (text.equals(NO_APPLICATION_FRAME.text())) {
            return NO_APPLICATION_FRAME;
        }
        if (text.equals(NOT_RECORDED.text())) {
            return NOT_RECORDED;
        }
        int open = text.lastIndexOf('(');
        int dot = open < 0 ? -1 : text.lastIndexOf('.', open);
        if (open < 0 || dot < 0 || !text.endsWith(")")) {
            return new Site(Kind.FRAME, text, "", "", -1, false);
        }
        String where = text.substring(open + 1, text.length() - 1);
        String className = text.substring(0, dot);
        String method = text.substring(dot + 1, open);
        if (where.equals("Native Method")) {
            return new Site(Kind.FRAME, className, method, "", -1, true);
        }
        int colon = where.lastIndexOf(':');
        if (colon >= 0) {
            try {
                return new Site(Kind.FRAME, className, method, where.substring(0, colon),
                        Integer.parseInt(where.substring(colon + 1)), false);
            } catch (NumberFormatException e) {
                return new Site(Kind.FRAME, className, method, where, -1, false);
            }
        }
        return new Site(Kind.FRAME, className, method, where, -1, false);
    }

    public boolean isFrame() {
        return kind == Kind.FRAME;
    }

    /** {@code com.acme.Cache.open(Cache.java:42)}, or a parenthesised note for a site that is no frame. */
    public String text() {
        switch (kind) {
            case NO_APPLICATION_FRAME:
                return "(no application frame)";
            case NOT_RECORDED:
                return "(allocation site not recorded: record with settings=profile)";
            default:
                String where = isNative ? "Native Method" : line >= 0 ? file + ":" + line : file;
                return className + "." + method + "(" + where + ")"; // not String.format: stacks spell every frame
        }
    }
}
