package leakscope.analyzer.model;

/** The shape of a series (CONTRACT.md §4); {@code docs/trends.md} gives the rule. */
public enum Trend {
    GROWING("growing"),
    FLAT("flat"),
    BOUNDED("bounded"),
    SHRINKING("shrinking"),
    INSUFFICIENT_DATA("insufficient-data");

    private final String wireName;

    Trend(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
