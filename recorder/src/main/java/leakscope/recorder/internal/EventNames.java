package leakscope.recorder.internal;

/** The event names of the public contract (CONTRACT.md §1). */
public final class EventNames {
    public static final String ACQUIRE = "leakscope.ResourceAcquire";
    public static final String RELEASE = "leakscope.ResourceRelease";
    public static final String RECLAIMED = "leakscope.ResourceReclaimed";
    public static final String SESSION_START = "leakscope.SessionStart";
    public static final String SESSION_STOP = "leakscope.SessionStop";
    public static final String GAUGE = "leakscope.Gauge";
    public static final String OBJECT_WATCH = "leakscope.ObjectWatch";
    public static final String OBJECT_RECLAIMED = "leakscope.ObjectReclaimed";

    private EventNames() {
    }
}
