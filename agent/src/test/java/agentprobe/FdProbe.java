package agentprobe;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.nio.channels.AsynchronousFileChannel;
import java.nio.channels.AsynchronousServerSocketChannel;
import java.nio.channels.AsynchronousSocketChannel;
import java.nio.channels.DatagramChannel;
import java.nio.channels.FileChannel;
import java.nio.channels.Pipe;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import leakscope.recorder.Handle;
import leakscope.recorder.HandleObserver;
import leakscope.recorder.Leakscope;
import leakscope.recorder.Session;

/**
 * Runs in a child JVM under the agent and a recording: opens N handles of each kind, compares the
 * rise of /proc/self/fd with the agent's live handles, closes them, compares again, then leaves one
 * handle of each kind open at a known line (printed) for the analysis to find.
 */
public final class FdProbe {
    static final int STEPS = 3;
    static final int ATTEMPTS = 3;
    private static final LiveHandles LIVE = new LiveHandles();
    private static final List<AutoCloseable> KEPT = new ArrayList<>();

    /** One way of opening handles of a kind; each step opens {@code handles} handles holding {@code fds} descriptors. */
    record Scenario(String name, String kind, int handles, int fds, Opener opener) {
    }

    interface Opener {
        List<AutoCloseable> open(int step) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        Leakscope.observe(LIVE);
        Path dir = Files.createTempDirectory("fdprobe");
        Path file = Files.writeString(dir.resolve("data.txt"), "one\ntwo\n");
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
                ServerSocketChannel serverChannel = ServerSocketChannel.open()
                        .bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            if (List.of(args).contains("--print-socket-impl")) { // which implementation the JDK chose (needs java.net opened)
                java.lang.reflect.Field impl = ServerSocket.class.getDeclaredField("impl");
                impl.setAccessible(true);
                System.out.println("SOCKET_IMPL|" + impl.get(server).getClass().getName());
            }
            for (Scenario scenario : scenarios(dir, file, server, serverChannel)) {
                run(scenario);
            }
        }
        leaveOneOfEachOpen(dir, file);
        System.out.println("DONE");
    }

    static List<Scenario> scenarios(Path dir, Path file, ServerSocket server, ServerSocketChannel serverChannel) {
        File f = file.toFile();
        List<Scenario> all = new ArrayList<>();
        all.add(new Scenario("FileInputStream", "file", 1, 1, s -> List.of(new FileInputStream(f))));
        all.add(new Scenario("FileOutputStream", "file", 1, 1, s -> List.of(new FileOutputStream(dir.resolve("out" + s).toFile()))));
        all.add(new Scenario("RandomAccessFile", "file", 1, 1, s -> List.of(new RandomAccessFile(f, "r"))));
        all.add(new Scenario("FileInputStream+getChannel", "file", 1, 1, s -> {
            FileInputStream in = new FileInputStream(f);
            in.getChannel().size();
            return List.of(in);
        }));
        all.add(new Scenario("FileChannel.open", "file", 1, 1, s -> List.of(FileChannel.open(file))));
        all.add(new Scenario("Files.newByteChannel", "file", 1, 1, s -> List.of(Files.newByteChannel(file))));
        all.add(new Scenario("Files.newInputStream", "file", 1, 1, s -> List.of(Files.newInputStream(file))));
        all.add(new Scenario("Files.newOutputStream", "file", 1, 1, s -> List.of(Files.newOutputStream(dir.resolve("o" + s)))));
        all.add(new Scenario("Files.newBufferedReader", "file", 1, 1, s -> List.of(Files.newBufferedReader(file))));
        all.add(new Scenario("Files.lines", "file", 1, 1, s -> List.of(Files.lines(file))));
        all.add(new Scenario("AsynchronousFileChannel", "file", 1, 1, s -> List.of(AsynchronousFileChannel.open(file))));
        all.add(new Scenario("ZipFile", "file", 1, 1, s -> List.of(new ZipFile(archive(dir, "z" + s + ".zip").toFile()))));
        all.add(new Scenario("JarFile", "file", 1, 1, s -> List.of(new JarFile(archive(dir, "j" + s + ".jar").toFile()))));
        all.add(new Scenario("Files.newDirectoryStream", "directory", 1, 2, s -> List.of(Files.newDirectoryStream(dir))));
        all.add(new Scenario("Files.list", "directory", 1, 2, s -> List.of(Files.list(dir))));
        all.add(new Scenario("Files.walk", "directory", 1, 2, s -> List.of(Files.walk(dir))));
        all.add(new Scenario("Socket (never connected)", "socket", 1, 1, s -> {
            Socket socket = new Socket();
            socket.setSoTimeout(1000);
            return List.of(socket);
        }));
        all.add(new Scenario("Socket connect+accept", "socket", 2, 2, s -> {
            Socket client = new Socket(server.getInetAddress(), server.getLocalPort());
            return List.of(client, server.accept());
        }));
        all.add(new Scenario("ServerSocket", "server-socket", 1, 1, s -> List.of(new ServerSocket(0))));
        all.add(new Scenario("SocketChannel connect+accept", "socket", 2, 2, s -> {
            SocketChannel client = SocketChannel.open(serverChannel.getLocalAddress());
            return List.of(client, serverChannel.accept());
        }));
        all.add(new Scenario("UNIX-domain SocketChannel", "socket", 1, 1, s -> List.of(SocketChannel.open(StandardProtocolFamily.UNIX))));
        all.add(new Scenario("ServerSocketChannel", "server-socket", 1, 1, s -> List.of(ServerSocketChannel.open().bind(null))));
        all.add(new Scenario("AsynchronousSocketChannel", "socket", 1, 1, s -> List.of(AsynchronousSocketChannel.open())));
        all.add(new Scenario("AsynchronousServerSocketChannel", "server-socket", 1, 1,
                s -> List.of(AsynchronousServerSocketChannel.open())));
        all.add(new Scenario("DatagramSocket", "datagram", 1, 1, s -> List.of(new DatagramSocket(0))));
        all.add(new Scenario("DatagramChannel", "datagram", 1, 1, s -> List.of(DatagramChannel.open())));
        all.add(new Scenario("Pipe", "pipe", 2, 2, s -> {
            Pipe pipe = Pipe.open();
            return List.of(pipe.source(), pipe.sink());
        }));
        all.add(new Scenario("Selector", "selector", 1, 2, s -> List.of(Selector.open())));
        return all;
    }

    /**
     * One open+close first (lazy JDK infrastructure such as the asynchronous channel group or net.properties
     * is then already there), then N opens, then N closes, counting the OS's descriptors and the agent's
     * handles at each point.
     */
    static void run(Scenario scenario) throws Exception {
        closeAll(scenario.opener().open(-1));
        String result = null;
        // the JVM's own threads (JFR rotating its repository chunks) open and close descriptors too, so a
        // count can catch one of theirs in passing: a measurement that disagrees is taken again, up to
        // ATTEMPTS times, and the last one is reported (a real coverage gap disagrees every time)
        for (int attempt = 0; attempt < ATTEMPTS && (result == null || !agrees(result, scenario)); attempt++) {
            result = measure(scenario, attempt);
        }
        System.out.println(result);
    }

    private static String measure(Scenario scenario, int attempt) throws Exception {
        int os = fds();
        int agent = LIVE.of(scenario.kind());
        List<AutoCloseable> opened = new ArrayList<>();
        for (int step = 0; step < STEPS; step++) {
            opened.addAll(scenario.opener().open(attempt * STEPS + step));
        }
        int osOpen = fds() - os;
        int agentOpen = LIVE.of(scenario.kind()) - agent;
        closeAll(opened);
        return String.format("RESULT|%s|%s|%d|%d|%d|%d|%d|%d", scenario.name(), scenario.kind(),
                STEPS * scenario.handles(), STEPS * scenario.fds(), osOpen, agentOpen, fds() - os, LIVE.of(scenario.kind()) - agent);
    }

    private static boolean agrees(String result, Scenario scenario) {
        return result.endsWith("|" + STEPS * scenario.fds() + "|" + STEPS * scenario.handles() + "|0|0");
    }

    /** One handle of each kind left open, each at a line printed as {@code LEAK|kind|line}. */
    static void leaveOneOfEachOpen(Path dir, Path file) throws Exception {
        keep("file", new FileInputStream(file.toFile()));
        keep("directory", Files.newDirectoryStream(dir));
        keep("server-socket", new ServerSocket(0));
        keep("socket", SocketChannel.open(StandardProtocolFamily.UNIX));
        keep("datagram", DatagramChannel.open());
        keep("selector", Selector.open());
    }

    private static void keep(String kind, AutoCloseable resource) {
        int line = StackWalker.getInstance().walk(frames -> frames.skip(1).findFirst().orElseThrow().getLineNumber());
        KEPT.add(resource);
        System.out.printf("LEAK|%s|%d%n", kind, line);
    }

    static Path archive(Path dir, String name) throws IOException {
        Path archive = dir.resolve(name);
        if (!Files.exists(archive)) {
            try (ZipOutputStream out = name.endsWith(".jar") ? new JarOutputStream(Files.newOutputStream(archive))
                    : new ZipOutputStream(Files.newOutputStream(archive))) {
                out.putNextEntry(new java.util.zip.ZipEntry("a.txt"));
                out.write(1);
            }
        }
        return archive;
    }

    static int fds() {
        return new File("/proc/self/fd").list().length; // File.list reads the directory natively: not a hooked handle
    }

    static void closeAll(List<AutoCloseable> resources) throws Exception {
        for (AutoCloseable resource : resources) {
            resource.close();
        }
    }

    /** The agent's handles (ids from 2^62) acquired and not released, by kind. */
    static final class LiveHandles implements HandleObserver {
        private final Map<String, AtomicInteger> live = new ConcurrentHashMap<>();

        @Override
        public void acquired(Handle handle, String description, Session session) {
            if (handle.id() >= 1L << 62) {
                live.computeIfAbsent(handle.kind(), k -> new AtomicInteger()).incrementAndGet();
            }
        }

        @Override
        public void released(Handle handle) {
            if (handle.id() >= 1L << 62) {
                live.computeIfAbsent(handle.kind(), k -> new AtomicInteger()).decrementAndGet();
            }
        }

        int of(String kind) {
            AtomicInteger count = live.get(kind);
            return count == null ? 0 : count.get();
        }
    }
}
