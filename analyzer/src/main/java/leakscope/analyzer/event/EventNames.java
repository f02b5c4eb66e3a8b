package leakscope.analyzer.event;

/** The event names the analyser reads: the contract's (CONTRACT.md §1), and the JDK's it needs. */
public final class EventNames {
    public static final String ACQUIRE = "leakscope.ResourceAcquire";
    public static final String RELEASE = "leakscope.ResourceRelease";
    public static final String RECLAIMED = "leakscope.ResourceReclaimed";
    public static final String SESSION_START = "leakscope.SessionStart";
    public static final String SESSION_STOP = "leakscope.SessionStop";
    public static final String GAUGE = "leakscope.Gauge";
    public static final String OBJECT_WATCH = "leakscope.ObjectWatch";
    public static final String OBJECT_RECLAIMED = "leakscope.ObjectReclaimed";

    public static final String JVM_INFORMATION = "jdk.JVMInformation";
    public static final String ACTIVE_RECORDING = "jdk.ActiveRecording";
    public static final String SHUTDOWN = "jdk.Shutdown";
    public static final String DATA_LOSS = "jdk.DataLoss";
    public static final String GARBAGE_COLLECTION = "jdk.GarbageCollection";
    public static final String THREAD_START = "jdk.ThreadStart";
    public static final String THREAD_END = "jdk.ThreadEnd";
    public static final String GC_HEAP_SUMMARY = "jdk.GCHeapSummary";
    public static final String METASPACE_SUMMARY = "jdk.MetaspaceSummary";
    public static final String CLASS_LOADING_STATISTICS = "jdk.ClassLoadingStatistics";
    public static final String OLD_OBJECT_SAMPLE = "jdk.OldObjectSample";

    private EventNames() {
    }
}
