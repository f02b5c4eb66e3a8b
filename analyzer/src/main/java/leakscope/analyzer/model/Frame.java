package leakscope.analyzer.model;

import java.util.Objects;

/**
 * One frame of a recorded stack.
 *
 * @param type the declaring class, binary name ({@code com.acme.Cache$Entry})
 * @param line source line, or -1 when unknown
 * @param isNative a native method (no line)
 */
public record Frame(String type, String method, String descriptor, int line, boolean isNative) {
    public Frame {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(descriptor, "descriptor");
    }

    /** The method this frame runs, with its descriptor so that overloads stay apart. */
    public String methodKey() {
        return type + "." + method + descriptor;
    }

    /** Java's stack trace form, {@code com.acme.Cache.open(Cache.java:42)}: see {@link Site#text()}. */
    @Override
    public String toString() {
        return Site.of(this).text();
    }
}
