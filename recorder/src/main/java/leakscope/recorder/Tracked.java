package leakscope.recorder;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Wrappers whose {@code close()} releases a tracked handle. Each wrapper is the tracked object:
 * if it is garbage-collected unclosed, {@code leakscope.ResourceReclaimed} reports it.
 */
public final class Tracked {
    private Tracked() {
    }

    /** An input stream of kind {@code file} released when closed. */
    public static InputStream inputStream(InputStream in, String description) {
        return new TrackedInputStream(in, description);
    }

    /** An output stream of kind {@code file} released when closed. */
    public static OutputStream outputStream(OutputStream out, String description) {
        return new TrackedOutputStream(out, description);
    }

    /**
     * An executor of kind {@code executor}, released when shut down: a pool created per request and never
     * shut down shows as a leak at the site that created it. Tasks run on {@code executor} itself.
     */
    public static ExecutorService executor(ExecutorService executor, String description) {
        return new TrackedExecutor(executor, description);
    }

    /** Any closeable, of the given kind, released when closed. */
    public static Closeable closeable(Closeable resource, String kind, String description) {
        return new TrackedCloseable(resource, kind, description);
    }

    private static final class TrackedInputStream extends FilterInputStream {
        private final Handle handle;

        TrackedInputStream(InputStream in, String description) {
            super(in);
            handle = Leakscope.track(this, "file", description);
        }

        @Override
        public void close() throws IOException {
            closeThenRelease(super::close, handle);
        }
    }

    private static final class TrackedOutputStream extends FilterOutputStream {
        private final Handle handle;

        TrackedOutputStream(OutputStream out, String description) {
            super(out);
            handle = Leakscope.track(this, "file", description);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len); // FilterOutputStream would write byte by byte
        }

        @Override
        public void close() throws IOException {
            closeThenRelease(super::close, handle);
        }
    }

    private static final class TrackedCloseable implements Closeable {
        private final Closeable resource;
        private final Handle handle;

        TrackedCloseable(Closeable resource, String kind, String description) {
            this.resource = resource;
            this.handle = Leakscope.track(this, kind, description);
        }

        @Override
        public void close() throws IOException {
            closeThenRelease(resource, handle);
        }
    }

    private static final class TrackedExecutor extends AbstractExecutorService {
        private final ExecutorService executor;
        private final Handle handle;

        TrackedExecutor(ExecutorService executor, String description) {
            this.executor = executor;
            this.handle = Leakscope.track(this, "executor", description);
        }

        @Override
        public void execute(Runnable task) {
            executor.execute(task);
        }

        @Override
        public void shutdown() {
            executor.shutdown();
            handle.release();
        }

        @Override
        public List<Runnable> shutdownNow() {
            try {
                return executor.shutdownNow();
            } finally {
                handle.release();
            }
        }

        @Override
        public boolean isShutdown() {
            return executor.isShutdown();
        }

        @Override
        public boolean isTerminated() {
            return executor.isTerminated();
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
            return executor.awaitTermination(timeout, unit);
        }
    }

    /** The handle is released even when closing throws: the resource is as closed as it will get. */
    private static void closeThenRelease(Closeable resource, Handle handle) throws IOException {
        try {
            resource.close();
        } finally {
            handle.release();
        }
    }
}
