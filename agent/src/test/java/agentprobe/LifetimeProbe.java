package agentprobe;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Programs that hold handles to their exit, for the lifetime rule (docs/lifetime.md). Each prints
 * {@code SITE|name|line} for the lines whose handles it keeps, then runs its workload and exits
 * without closing them:
 * <ul>
 * <li>{@code server MILLIS LEAK_EVERY LEAK_UNTIL}: a selector server on loopback with a log file and a fixed
 * pool of 4 files opened at start; a client sends requests for MILLIS ms, one connection each, every one
 * accepted, answered and closed; with LEAK_EVERY &gt; 0 every LEAK_EVERY-th request also opens a socket
 * channel it never closes (a per-request leak), during the first LEAK_UNTIL ms of the load (0: to the end).</li>
 * <li>{@code loop-at-end CHURN}: CHURN files opened and closed, then 5 files opened in a loop and left open
 * just before exit.</li>
 * <li>{@code early-then-churn CHURN}: one file opened at start and left open, then CHURN files opened and
 * closed.</li>
 * </ul>
 */
public final class LifetimeProbe {
    static final int POOL = 4;
    public static final int LOOP_LEAKS = 5;
    private static final List<AutoCloseable> KEPT = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("lifetime");
        Path data = Files.writeString(dir.resolve("data.txt"), "data");
        switch (args[0]) {
            case "server" -> server(dir, Long.parseLong(args[1]), Integer.parseInt(args[2]), Long.parseLong(args[3]));
            case "loop-at-end" -> {
                churn(data, Integer.parseInt(args[1]));
                for (int i = 0; i < LOOP_LEAKS; i++) {
                    KEPT.add(new FileInputStream(data.toFile())); site("loop");
                }
            }
            case "early-then-churn" -> {
                KEPT.add(new FileInputStream(data.toFile())); site("early");
                churn(data, Integer.parseInt(args[1]));
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
        System.out.println("DONE|" + KEPT.size());
    }

    private static void churn(Path data, int files) throws Exception {
        for (int i = 0; i < files; i++) {
            try (InputStream in = new FileInputStream(data.toFile())) {
                in.read();
            }
        }
    }

    private static void server(Path dir, long millis, int leakEvery, long leakUntil) throws Exception {
        OutputStream log = new FileOutputStream(dir.resolve("server.log").toFile()); site("log");
        KEPT.add(log);
        for (int i = 0; i < POOL; i++) {
            KEPT.add(new RandomAccessFile(dir.resolve("pool" + i).toFile(), "rw")); site("pool");
        }
        Selector selector = Selector.open(); site("selector");
        ServerSocketChannel listening = ServerSocketChannel.open(); site("listening");
        KEPT.add(selector);
        KEPT.add(listening);
        listening.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        listening.configureBlocking(false);
        listening.register(selector, SelectionKey.OP_ACCEPT);
        int port = ((InetSocketAddress) listening.getLocalAddress()).getPort();
        Thread client = new Thread(() -> load(port, millis), "client");
        long leaksEnd = leakUntil == 0 ? Long.MAX_VALUE : System.nanoTime() + leakUntil * 1_000_000;
        client.start();
        int served = 0;
        int leaked = 0;
        boolean bye = false;
        while (!bye) {
            selector.select();
            selector.selectedKeys().clear();
            SocketChannel accepted;
            while ((accepted = listening.accept()) != null) {
                try (SocketChannel connection = accepted) {
                    connection.configureBlocking(true);
                    ByteBuffer request = ByteBuffer.allocate(64);
                    connection.read(request);
                    bye = request.get(0) == 'b';
                    connection.write(ByteBuffer.wrap("ok\n".getBytes(StandardCharsets.US_ASCII)));
                }
                served++;
                log.write(("served " + served + "\n").getBytes(StandardCharsets.US_ASCII));
                if (leakEvery > 0 && served % leakEvery == 0 && System.nanoTime() < leaksEnd) {
                    KEPT.add(SocketChannel.open()); site("leak");
                    leaked++;
                }
            }
        }
        client.join();
        System.out.println("SERVED|" + served);
        System.out.println("LEAKED|" + leaked);
    }

    /** Requests for {@code millis} ms, then a last one that says goodbye. */
    private static void load(int port, long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        try {
            boolean last = false;
            while (!last) {
                last = System.nanoTime() >= end;
                try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                    socket.getOutputStream().write((last ? "bye\n" : "get\n").getBytes(StandardCharsets.US_ASCII));
                    socket.getInputStream().readAllBytes();
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static final List<String> PRINTED = new ArrayList<>();

    /** Prints {@code SITE|name|line} once per name: the line that called it. */
    private static void site(String name) {
        if (!PRINTED.contains(name)) {
            PRINTED.add(name);
            int line = StackWalker.getInstance().walk(f -> f.skip(1).findFirst().orElseThrow().getLineNumber());
            System.out.println("SITE|" + name + "|" + line);
        }
    }

    private LifetimeProbe() {
    }
}
