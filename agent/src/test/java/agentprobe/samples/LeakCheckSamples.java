package agentprobe.samples;

import java.io.FileInputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import leakscope.junit.LeakCheck;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code @LeakCheck} with the agent: the JDK's own streams and sockets, never marked by hand. */
@LeakCheck
class LeakCheckSamples {
    static final List<Object> KEPT = new ArrayList<>();
    static ServerSocket server;

    @BeforeAll
    static void listen() throws Exception {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void leaksAFileInputStream() throws Exception {
        KEPT.add(Samples.kept(new FileInputStream(Samples.tempFile().toFile()), "file"));
    }

    @Test
    void leaksASocket() throws Exception {
        KEPT.add(Samples.kept(new Socket(server.getInetAddress(), server.getLocalPort()), "socket"));
    }

    @Test
    void closesWhatItOpens() throws Exception {
        try (InputStream in = new FileInputStream(Samples.tempFile().toFile());
                Socket socket = new Socket(server.getInetAddress(), server.getLocalPort())) {
            in.read();
        }
    }
}
