package leakscope.analyzer.model;

import java.util.Optional;

/** How sure a leak is (CONTRACT.md §2). */
public enum Verdict {
    LEAKED("leaked"),
    SUSPECTED("suspected");

    private final String wireName;

    Verdict(String wireName) {
        this.wireName = wireName;
    }

    /** The word used in the JSON report and on the command line. */
    public String wireName() {
        return wireName;
    }

    /** The verdict with this wire name, if any. */
    public static Optional<Verdict> fromWireName(String name) {
        for (Verdict verdict : values()) {
            if (verdict.wireName.equals(name)) {
                return Optional.of(verdict);
            }
        }
        return Optional.empty();
    }
}
