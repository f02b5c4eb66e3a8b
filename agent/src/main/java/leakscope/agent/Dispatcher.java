package leakscope.agent;

import java.io.File;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.Pipe;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import jdk.jfr.FlightRecorder;
import leakscope.agent.boot.What;
import leakscope.recorder.ExternalHandles;
import leakscope.recorder.Handle;

/**
 * Where the hooks land: turns what a hook saw into a recorder handle (kind, description, key) or
 * releases one. Nothing is kept or built unless JFR is initialised in this JVM and someone would see
 * the acquire (a recording with the events on, or an observer such as {@code @LeakCheck}), so a JVM
 * without a recording pays a few volatile reads per open and close. A per-thread guard skips the descriptors opened by
 * the agent's own work (class loading, JFR); nothing escapes into the JDK method that was hooked.
 */
public final class Dispatcher {
    /** The agent's ids, disjoint from the recorder's, which count from 1 in the same JVM (CONTRACT §5). */
    static final long FIRST_ID = 1L << 62;
    private static final AtomicLong IDS = new AtomicLong(FIRST_ID);
    private static final ThreadLocal<Guard> GUARD = new ThreadLocal<>() { // not withInitial: no lambda spun at start
        @Override
        protected Guard initialValue() {
            return new Guard();
        }
    };
    private static final String CLEANER_THREAD = "Common-Cleaner";

    private static volatile Settings settings;

    private Dispatcher() {
    }

    private record Settings(AgentOptions options, Exclusions exclusions, HandleTable table) {
    }

    /**
     * Whether the agent's own work runs on this thread (or virtual thread): a mutable flag read and
     * flipped in place, one thread-local lookup per hook instead of a get, a set and a remove.
     */
    private static final class Guard {
        boolean busy;
    }

    static void configure(AgentOptions options, HandleTable table) {
        settings = new Settings(options, new Exclusions(options), table);
    }

    /**
     * Loads what a hook touches before the hooks are connected. The guard's class above all: loaded
     * lazily by a hook's first {@code GUARD.get()}, its class file (read from a class path directory)
     * would be opened by a hooked stream, whose hook would ask for the guard again, and so on until the
     * stack overflowed (seen in the tests, whose class path has the agent's classes directory).
     */
    static void warmUp() {
        GUARD.get();
        acquire(0, null, null);
        release(new Object());
    }

    /** Called by the hooks after a descriptor was opened. */
    public static void acquire(int what, Object key, Object detail) {
        Settings current = settings;
        // dormant until JFR is up: the recorder's classes (and JFR with them) load only then
        if (current == null || !FlightRecorder.isInitialized()) {
            return;
        }
        Guard guard = GUARD.get();
        if (guard.busy) {
            return;
        }
        guard.busy = true;
        try {
            if (ExternalHandles.isObserved()) {
                track(current, what, key, detail);
            }
        } catch (Throwable t) {
            Failures.report(t);
        } finally {
            guard.busy = false;
        }
    }

    /** Called by the hooks after a descriptor (or its owner) was closed, by whatever path. */
    public static void release(Object key) {
        Settings current = settings;
        // nothing open here (no recording has seen an acquire): no thread-local, no lookup
        if (current == null || key == null || current.table().isEmpty()) {
            return;
        }
        Guard guard = GUARD.get();
        if (guard.busy) {
            return;
        }
        guard.busy = true;
        try {
            Handle handle = current.table().remove(key);
            if (handle == null) {
                return; // opened before the agent, untracked, or released already: exactly once
            }
            // FileChannel, Socket and DatagramChannel are closed by the JDK's cleaner once collected
            if (CLEANER_THREAD.equals(Thread.currentThread().getName())) {
                ExternalHandles.reclaimed(handle);
            } else {
                handle.release();
            }
        } catch (Throwable t) {
            Failures.report(t);
        } finally {
            guard.busy = false;
        }
    }

    private static void track(Settings settings, int what, Object key, Object detail) throws Exception {
        String kind = kindOf(what, detail);
        if (kind == null || !settings.options().kinds().contains(kind)) {
            return;
        }
        Object owner = switch (what) {
            case What.ASYNC_FILE -> JdkFields.asyncFileDescriptor(key);
            case What.SOCKET_ACCEPTED -> JdkFields.socketDescriptor(key);
            default -> key;
        };
        if (owner == null || settings.table().contains(owner)) {
            return; // a wrapper of a descriptor already tracked (getChannel, an adaptor) is the same handle
        }
        // described only now: a handle of a kind not tracked, or already tracked, costs no string
        String description = describe(what, key, detail);
        if (settings.exclusions().excludes(kind, description)) {
            return;
        }
        settings.table().put(owner, ExternalHandles.acquire(kind, IDS.getAndIncrement(), description));
    }

    /** The kind of what a hook saw, or null for a code no hook passes. */
    private static String kindOf(int what, Object detail) {
        return switch (what) {
            case What.FILE_STREAM, What.FILE_CHANNEL, What.ASYNC_FILE -> "file";
            case What.SOCKET_IMPL -> Boolean.TRUE.equals(detail) ? "server-socket" : "socket";
            case What.SOCKET_ACCEPTED -> "socket";
            case What.DATAGRAM_IMPL -> "datagram";
            case What.CHANNEL -> channelKind(detail);
            case What.SELECTOR -> "selector";
            case What.DIRECTORY -> "directory";
            default -> null;
        };
    }

    private static String describe(int what, Object key, Object detail) throws Exception {
        return switch (what) {
            case What.FILE_STREAM -> ((File) detail).getAbsolutePath();
            case What.FILE_CHANNEL -> detail == null ? "" : new File((String) detail).getAbsolutePath();
            case What.ASYNC_FILE, What.DIRECTORY -> ((Path) detail).toAbsolutePath().toString();
            case What.SOCKET_IMPL -> Boolean.TRUE.equals(detail) ? "unbound" : "unconnected";
            case What.DATAGRAM_IMPL -> "unbound";
            case What.SOCKET_ACCEPTED -> JdkFields.socketAddresses(key);
            case What.CHANNEL -> channelDescription(detail);
            default -> "";
        };
    }

    private static String channelKind(Object channel) {
        if (channel instanceof Pipe.SourceChannel || channel instanceof Pipe.SinkChannel) {
            return "pipe";
        }
        if (channel instanceof DatagramChannel) {
            return "datagram";
        }
        if (channel instanceof SocketChannel || channel instanceof java.nio.channels.AsynchronousSocketChannel) {
            return "socket";
        }
        return "server-socket";
    }

    private static String channelDescription(Object channel) throws java.io.IOException {
        if (channel instanceof Pipe.SourceChannel) {
            return "source";
        }
        if (channel instanceof Pipe.SinkChannel) {
            return "sink";
        }
        if (channel instanceof SocketChannel socket && socket.getRemoteAddress() != null) {
            return socket.getLocalAddress() + " -> " + socket.getRemoteAddress();
        }
        if (channel instanceof java.nio.channels.AsynchronousSocketChannel socket && socket.getRemoteAddress() != null) {
            return socket.getLocalAddress() + " -> " + socket.getRemoteAddress();
        }
        if (channel instanceof NetworkChannel network && network.getLocalAddress() != null) {
            return network.getLocalAddress().toString();
        }
        return channel instanceof SocketChannel || channel instanceof java.nio.channels.AsynchronousSocketChannel
                ? "unconnected" : "unbound";
    }

    /** The hooks' acquire for one {@link What}. */
    static final class Acquire implements BiConsumer<Object, Object> {
        private final int what;

        Acquire(int what) {
            this.what = what;
        }

        @Override
        public void accept(Object key, Object detail) {
            acquire(what, key, detail);
        }
    }

    /** The hooks' release. */
    static final class Release implements Consumer<Object> {
        @Override
        public void accept(Object key) {
            release(key);
        }
    }
}
