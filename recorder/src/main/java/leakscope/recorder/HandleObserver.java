package leakscope.recorder;

/**
 * Sees every acquire, release and watch of this JVM as it happens, on the thread that makes it: for in-process
 * tools such as leakscope's JUnit extension, which must judge a test the moment it ends. Register one
 * with {@link Leakscope#observe}. Implementations must be thread-safe, fast, and must not throw.
 */
public interface HandleObserver {
    /**
     * @param description as given to acquire; may be null
     * @param session the session current on the acquiring thread, or null
     */
    void acquired(Handle handle, String description, Session session);

    /** The handle was released (once, whatever the number of close calls). */
    void released(Handle handle);

    /**
     * An object was watched ({@link Leakscope#watch}, a stopped session, or an object attached to it).
     * Do not keep {@code object}: that alone would keep it reachable.
     *
     * @param session the session the object belonged to (for a stopped session, itself), or null
     */
    default void watched(Watch watch, Object object, Session session) {
    }
}
