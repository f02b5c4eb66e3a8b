package agentprobe;

import java.io.FileInputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Drops one open handle of each GC behaviour without closing it, collects, and prints how many
 * descriptors the OS still holds: the JDK closes a FileInputStream's, a FileChannel's and a Socket's
 * (through its cleaner), never a SocketChannel's, a Selector's or a directory stream's.
 */
public final class ReclaimProbe {
    /** Descriptors the JDK never closes for the dropped SocketChannel (1), Selector (2) and directory stream (2). */
    public static final int NEVER_CLOSED = 5;

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("reclaim");
        Path file = Files.writeString(dir.resolve("data.txt"), "data");
        FdProbe.closeAll(java.util.List.of(new Socket(), SocketChannel.open(), Selector.open())); // lazy JDK set-up first
        int base;
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            base = FdProbe.fds();
            dropOneOfEach(dir, file, server);
            base -= 1; // the server socket, closed below
        }
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (FdProbe.fds() - base != NEVER_CLOSED && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(50);
        }
        System.gc();
        Thread.sleep(500); // the agent's reaper and the JDK's cleaner run on their own threads
        System.out.println("OS|" + (FdProbe.fds() - base));
    }

    private static void dropOneOfEach(Path dir, Path file, ServerSocket server) throws Exception {
        dropped("file", new FileInputStream(file.toFile()));
        dropped("file", FileChannel.open(file));
        dropped("socket", new Socket(server.getInetAddress(), server.getLocalPort()));
        dropped("socket", SocketChannel.open());
        dropped("selector", Selector.open());
        dropped("directory", Files.newDirectoryStream(dir));
    }

    /** Prints {@code DROPPED|kind|line} for the caller's line and keeps nothing. */
    private static void dropped(String kind, Object resource) {
        int line = StackWalker.getInstance().walk(frames -> frames.skip(1).findFirst().orElseThrow().getLineNumber());
        System.out.printf("DROPPED|%s|%d%n", kind, line);
    }
}
