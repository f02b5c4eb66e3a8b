package leakscope.analyzer.read;

/** The event names the analyser reads: the contract's, and the JDK's it needs. */
public final class EventNames {
    public static final String ACQUIRE = "leakscope.ResourceAcquire";
    public static final String RELEASE = "leakscope.ResourceRelease";
    public static final String RECLAIMED = "leakscope.ResourceReclaimed";
    public static final String SESSION_START = "leakscope.SessionStart";
    public static final String SESSION_STOP = "leakscope.SessionStop";
    public static final String GAUGE = "leakscope.Gauge";
    public static final String OBJECT_WATCH = "leakscope.ObjectWatch";
    public static final String OBJECT_RECLAIMED = "leakscope.ObjectReclaimed";

    static final String JVM_INFORMATION = "jdk.JVMInformation";
    static final String SHUTDOWN = "jdk.Shutdown";
    static final String DATA_LOSS = "jdk.DataLoss";

    private EventNames() {
    }
}
