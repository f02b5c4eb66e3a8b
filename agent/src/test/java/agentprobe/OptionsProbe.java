package agentprobe;

import agentprobe.excluded.Opener;
import java.io.FileInputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs in a child JVM under the agent with the options under test. Each method opens one thing an
 * option selects, so that an acquire's site names which it was: a file and an unconnected socket of
 * the program's own, a file opened from the package {@code agentprobe.excluded}, the secure random
 * generator's seed files and a jar read through a class loader (JDK infrastructure the agent skips by
 * default). Everything is closed again; the test reads which acquires the recording has.
 */
public final class OptionsProbe {
    private static final List<AutoCloseable> OPENED = new ArrayList<>();

    private OptionsProbe() {
    }

    public static void main(String[] args) throws Exception {
        seedRandom(); // first: temporary file names come from SecureRandom too
        Path dir = Files.createTempDirectory("options");
        Path file = Files.writeString(dir.resolve("data.txt"), "data");
        openFile(file);
        openSocket();
        OPENED.add(Opener.open(file));
        readJar(FdProbe.archive(dir, "lib.jar"));
        FdProbe.closeAll(OPENED);
        System.out.println("DONE");
    }

    static void openFile(Path file) throws IOException {
        OPENED.add(new FileInputStream(file.toFile()));
    }

    /** A socket never connected: its descriptor exists from the first option set. */
    static void openSocket() throws IOException {
        Socket socket = new Socket();
        OPENED.add(socket);
        socket.setSoTimeout(1000);
    }

    /** NativePRNG opens /dev/random and /dev/urandom once, for the life of the JVM. */
    static void seedRandom() {
        new SecureRandom().nextBytes(new byte[8]);
    }

    /** The class loader opens the jar at the first lookup and keeps it until closed. */
    static void readJar(Path jar) throws IOException {
        URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
        OPENED.add(loader);
        loader.getResource("a.txt");
    }
}
