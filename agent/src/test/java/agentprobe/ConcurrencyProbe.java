package agentprobe;

import java.io.FileInputStream;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import leakscope.recorder.Handle;
import leakscope.recorder.HandleObserver;
import leakscope.recorder.Leakscope;
import leakscope.recorder.Session;

/**
 * Many threads closing one channel at once (one release each round), and, on JDK 21+, thousands of
 * virtual threads opening and closing files. Prints {@code ROUNDS|acquired|released} and
 * {@code VIRTUAL|tasks|acquired|released|os delta}.
 */
public final class ConcurrencyProbe {
    public static final int ROUNDS = 50;
    public static final int CLOSERS = 8;
    public static final int VIRTUAL_TASKS = 5_000;

    public static void main(String[] args) throws Exception {
        Path file = Files.writeString(Files.createTempFile("concurrency", ".txt"), "data");
        Counting counting = new Counting(file.toAbsolutePath().toString());
        try (AutoCloseable observing = Leakscope.observe(counting)) {
            closeFromManyThreads(file);
            System.out.printf("ROUNDS|%d|%d%n", counting.acquired.getAndSet(0), counting.released.getAndSet(0));
            if (Runtime.version().feature() >= 21) {
                int os = FdProbe.fds();
                openAndCloseOnVirtualThreads(file);
                System.out.printf("VIRTUAL|%d|%d|%d|%d%n", VIRTUAL_TASKS, counting.acquired.get(), counting.released.get(),
                        FdProbe.fds() - os);
            }
        }
    }

    private static void closeFromManyThreads(Path file) throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            FileChannel channel = FileChannel.open(file);
            CountDownLatch start = new CountDownLatch(1);
            List<Thread> closers = new ArrayList<>();
            for (int t = 0; t < CLOSERS; t++) {
                Thread closer = new Thread(() -> {
                    try {
                        start.await();
                        channel.close();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                closer.start();
                closers.add(closer);
            }
            start.countDown();
            for (Thread closer : closers) {
                closer.join();
            }
        }
    }

    private static void openAndCloseOnVirtualThreads(Path file) throws Exception {
        Method perTask = java.util.concurrent.Executors.class.getMethod("newVirtualThreadPerTaskExecutor");
        ExecutorService virtual = (ExecutorService) perTask.invoke(null);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < VIRTUAL_TASKS; i++) {
                done.add(virtual.submit(() -> {
                    try (InputStream in = new FileInputStream(file.toFile())) {
                        Thread.sleep(1); // unmounts: the close may run on another carrier
                        return in.read();
                    }
                }));
            }
            for (Future<?> task : done) {
                task.get(60, TimeUnit.SECONDS);
            }
        } finally {
            virtual.shutdown();
        }
    }

    /** Counts the agent's acquires and releases of one file (the JDK opens others, e.g. cgroup files). */
    static final class Counting implements HandleObserver {
        final AtomicInteger acquired = new AtomicInteger();
        final AtomicInteger released = new AtomicInteger();
        private final String path;
        private final Set<Handle> ofPath = ConcurrentHashMap.newKeySet();

        Counting(String path) {
            this.path = path;
        }

        @Override
        public void acquired(Handle handle, String description, Session session) {
            if (handle.id() >= 1L << 62 && path.equals(description)) {
                ofPath.add(handle);
                acquired.incrementAndGet();
            }
        }

        @Override
        public void released(Handle handle) {
            if (ofPath.remove(handle)) {
                released.incrementAndGet();
            }
        }
    }
}
