package agentprobe;

import java.io.FileInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * Embedded Jetty under the agent with a bounded load on loopback: each request reads a file. With
 * {@code leaky}, every request to {@code /leaky} also opens a file it never closes, at the line
 * printed as {@code LEAK|file|line}. With {@code held MILLIS}, the load goes on for MILLIS ms and the server is
 * not stopped: its listening socket and selectors are held until the JVM exits (System.exit). Prints {@code SERVED|n}.
 */
public final class JettyProbe {
    static final int REQUESTS = 200;
    public static final int LEAKY_REQUESTS = 20;
    private static final List<InputStream> NEVER_CLOSED = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        boolean leaky = args[0].equals("leaky");
        Path page = Files.writeString(Files.createTempFile("page", ".html"), "<p>hello</p>");
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        server.setHandler(new PageHandler(page));
        server.start();
        int served = 0;
        for (int i = 0; i < REQUESTS; i++) {
            served += get(connector.getLocalPort(), "/page");
        }
        long end = args[0].equals("held") ? System.nanoTime() + Long.parseLong(args[1]) * 1_000_000 : 0;
        while (System.nanoTime() < end) {
            served += get(connector.getLocalPort(), "/page");
        }
        if (leaky) {
            for (int i = 0; i < LEAKY_REQUESTS; i++) {
                served += get(connector.getLocalPort(), "/leaky");
            }
        }
        System.out.println("SERVED|" + served);
        if (args[0].equals("held")) {
            System.exit(0); // with the server still running: its threads are not daemons
        }
        server.stop();
    }

    /** One HTTP/1.1 request on its own connection; 1 if answered 200. */
    private static int get(int port, String path) throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            return response.startsWith("HTTP/1.1 200") ? 1 : 0;
        }
    }

    /** Serves a file for any path; {@code /leaky} forgets to close a second stream. */
    static final class PageHandler extends Handler.Abstract {
        private final Path page;
        private boolean printed;

        PageHandler(Path page) {
            this.page = page;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            byte[] body;
            try (InputStream in = Files.newInputStream(page)) {
                body = in.readAllBytes();
            }
            if (request.getHttpURI().getPath().equals("/leaky")) {
                InputStream audit = new FileInputStream(page.toFile()); NEVER_CLOSED.add(audit); leakAt();
            }
            response.setStatus(200);
            response.write(true, ByteBuffer.wrap(body), callback);
            return true;
        }

        private synchronized void leakAt() {
            if (!printed) {
                printed = true;
                int line = StackWalker.getInstance().walk(f -> f.skip(1).findFirst().orElseThrow().getLineNumber());
                System.out.println("LEAK|file|" + line);
            }
        }
    }
}
