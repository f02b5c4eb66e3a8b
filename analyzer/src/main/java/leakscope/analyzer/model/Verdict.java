package leakscope.analyzer.model;

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
}
