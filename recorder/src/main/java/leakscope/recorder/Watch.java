package leakscope.recorder;

/**
 * One watched object: the program is done with it and expects the collector to free it. Returned by
 * {@link Leakscope#watch}; holds no reference to the object.
 */
public final class Watch {
    private final long id;
    private final String type;
    private final String description;
    private volatile boolean reclaimed;

    Watch(long id, String type, String description) {
        this.id = id;
        this.type = type;
        this.description = description;
    }

    /** The watch's id in this JVM (its own id space, from 1; apart from handle ids). */
    public long id() {
        return id;
    }

    /** The watched object's class name. */
    public String type() {
        return type;
    }

    /** As given when watching; may be null. */
    public String description() {
        return description;
    }

    /** Whether the collector has freed the object and the cleaner has run. */
    public boolean isReclaimed() {
        return reclaimed;
    }

    void markReclaimed() {
        reclaimed = true;
    }

    @Override
    public String toString() {
        return "watch " + id + " " + type + (reclaimed ? " (reclaimed)" : "");
    }
}
