package leakscope.analyzer.baseline;

/** How a leak group compares with the baseline. */
public enum GroupStatus {
    /** absent from the baseline */
    NEW("new"),
    /** more handles than the baseline had */
    GROWN("grown"),
    /** as many handles as the baseline, or fewer */
    UNCHANGED("unchanged"),
    /** in the baseline, absent now */
    FIXED("fixed");

    private final String wireName;

    GroupStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Whether this status fails a build: only what got worse does. */
    public boolean isRegression() {
        return this == NEW || this == GROWN;
    }
}
