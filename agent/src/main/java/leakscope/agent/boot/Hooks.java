package leakscope.agent.boot;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The only agent code that java.base calls. It is never loaded under this name: {@code BootClasses}
 * defines a renamed copy inside java.base ({@code jdk.internal.misc.LeakscopeHooks}), which every
 * JDK class can see, without appending to the boot class path (that would disable CDS and print a
 * warning at each start). It forwards to the agent's {@code Dispatcher} in the application class
 * loader, where the JFR event classes must live (JFR treats boot-loaded event classes as the JDK's).
 *
 * <p>Each method is what one kind of hook calls, so the code inserted into the JDK is a straight
 * line of loads and one call; any decision is made here. Until the agent sets the targets (last,
 * after warming up), every hook returns at once, and a hook never throws into the JDK method.
 */
public final class Hooks {
    /**
     * The agent's acquire for each {@link What} (index), taking the key and the detail; null until the
     * agent is ready. JDK interfaces, not method handles: nothing of java.lang.invoke is spun up at start.
     */
    public static volatile BiConsumer<Object, Object>[] acquire;
    /** The agent's release, taking the key; null until the agent is ready. */
    public static volatile Consumer<Object> release;

    private Hooks() {
    }

    /** FileInputStream(File), FileOutputStream(File, boolean), RandomAccessFile(File, String, boolean). */
    public static void fileOpened(Object fd, Object file) {
        acquire(What.FILE_STREAM, fd, file);
    }

    /** FileChannelImpl.open(fd, path, ..., parent): a channel of its own unless a stream owns it (getChannel()). */
    public static void fileChannelOpened(Object fd, Object path, Object parent) {
        if (parent == null) {
            acquire(What.FILE_CHANNEL, fd, path);
        }
    }

    /** UnixFileSystemProvider.newAsynchronousFileChannel(Path, ...) returned {@code channel}. */
    public static void asyncFileOpened(Object channel, Object path) {
        acquire(What.ASYNC_FILE, channel, path);
    }

    /** UnixFileSystemProvider.newDirectoryStream(Path, Filter) returned {@code stream}. */
    public static void directoryOpened(Object stream, Object dir) {
        acquire(What.DIRECTORY, stream, dir);
    }

    /**
     * NioSocketImpl.create(boolean): every Socket and ServerSocket, connected or not; on JDK 17 also
     * AbstractPlainSocketImpl.create(boolean), the legacy implementation {@code -Djdk.net.usePlainSocketImpl} selects.
     */
    public static void socketCreated(Object fd, boolean server) {
        acquire(What.SOCKET_IMPL, fd, server ? Boolean.TRUE : Boolean.FALSE);
    }

    /** NioSocketImpl.accept(SocketImpl) (or JDK 17's legacy one): the accepted socket's descriptor is in its argument. */
    public static void socketAccepted(Object socketImpl) {
        acquire(What.SOCKET_ACCEPTED, socketImpl, null);
    }

    /** JDK 17's AbstractPlainDatagramSocketImpl.create() ({@code -Djdk.net.usePlainDatagramSocketImpl}). */
    public static void datagramSocketCreated(Object fd) {
        acquire(What.DATAGRAM_IMPL, fd, null);
    }

    /** A constructor of a NIO channel that owns the descriptor {@code fd}. */
    public static void channelCreated(Object fd, Object channel) {
        acquire(What.CHANNEL, fd, channel);
    }

    /** A constructor of a concrete selector. */
    public static void selectorOpened(Object selector) {
        acquire(What.SELECTOR, selector, null);
    }

    /** A close choke point (FileDescriptor.close, a NIO dispatcher's close(fd), a selector, a directory stream). */
    public static void release(Object key) {
        Consumer<Object> target = release;
        if (target != null) {
            try {
                target.accept(key);
            } catch (Throwable ignored) {
                // the agent already guards itself; this keeps the JDK method's contract whatever happens
            }
        }
    }

    private static void acquire(int what, Object key, Object detail) {
        BiConsumer<Object, Object>[] targets = acquire;
        if (targets != null) {
            try {
                targets[what].accept(key, detail);
            } catch (Throwable ignored) {
                // as above
            }
        }
    }
}
