package leakscope.cli.demo;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import leakscope.recorder.Handle;
import leakscope.recorder.Leakscope;
import leakscope.recorder.Session;

/**
 * The sample application of {@code leakscope demo}: a tiny order service that leaks in known ways.
 * <ul>
 * <li>{@link Storage#open} is a shared helper; {@link #exportInvoice} (every 8th request) forgets to close
 *     every 8th invoice, 6 in all; {@link #loadConfig} always closes. The report blames {@code exportInvoice},
 *     not the helper.
 * <li>{@link #handleRequest} runs each request in a session; 1 request in 10 (40 in all) returns without
 *     closing its database socket, so its session stops holding it.
 * <li>{@link #CUSTOMER_CACHE} only ever grows (bad housekeeping); the work queue fills and drains.
 * <li>Every 50th request's session is kept in {@link #SLOW_REQUESTS} after it stops (an extra reference to a
 *     stopped session, 8 in all): a stopped session is watched, and the collection the sample runs before it
 *     exits proves those 8 still reachable while the other stopped sessions are freed.
 * <li>Zero code: {@link #readAuditLog} (every 100th request, 4 in all) opens a {@code FileInputStream} it never
 *     closes, and marks nothing by hand: the demo runs the sample under leakscope's agent, which finds it.
 * </ul>
 */
public final class SampleApp {
    private static final int REQUESTS = 400;
    private static final Map<Integer, String> CUSTOMER_CACHE = new HashMap<>();
    private static final Queue<Integer> WORK_QUEUE = new ArrayDeque<>();
    private static final List<Handle> FORGOTTEN = new ArrayList<>();
    private static final List<InputStream> AUDIT_READERS = new ArrayList<>();
    private static final List<Session> SLOW_REQUESTS = new ArrayList<>();

    private SampleApp() {
    }

    public static void main(String[] args) throws InterruptedException, IOException {
        Path auditLog = Files.writeString(Files.createTempFile("orders-audit", ".log"), "request log\n");
        auditLog.toFile().deleteOnExit();
        for (int request = 1; request <= REQUESTS; request++) {
            handleRequest(request);
            if (request % 100 == 0) {
                readAuditLog(auditLog);
            }
            if (request % 8 == 0) {
                exportInvoice(request);
            }
            loadConfig();
            if (request % 2 == 0) {
                Leakscope.sample("customer-cache.size", CUSTOMER_CACHE.size());
                Leakscope.sample("work-queue.length", WORK_QUEUE.size());
            }
            Thread.sleep(5);
        }
        // an old-generation collection decides the watches of the stopped sessions: freed, or still reachable;
        // without one they would stay undecided (not-collected-yet)
        System.gc();
        Thread.sleep(200); // the reclaims are emitted by the recorder's cleaner thread
    }

    static void handleRequest(int request) {
        try (Session session = Leakscope.startSession("GET /orders/" + request)) {
            if (request % 50 == 0) {
                SLOW_REQUESTS.add(session); // kept for a report, after the request is done: never freed
            }
            Handle socket = Leakscope.acquire("socket", "db.internal:5432");
            CUSTOMER_CACHE.put(request, "customer-" + request); // never evicted
            WORK_QUEUE.add(request);
            if (WORK_QUEUE.size() >= 25) {
                WORK_QUEUE.clear(); // a batch is flushed
            }
            if (request % 10 == 0) {
                FORGOTTEN.add(socket); // early return on an error path: the socket is never closed
                return;
            }
            socket.close();
        }
    }

    static void exportInvoice(int request) {
        Handle file = Storage.open("/var/invoices/" + request + ".pdf");
        if (request % 64 != 0) {
            file.close();
        } else {
            FORGOTTEN.add(file);
        }
    }

    static void readAuditLog(Path auditLog) throws IOException {
        InputStream in = new FileInputStream(auditLog.toFile()); // never closed, never marked: the agent sees it
        in.read();
        AUDIT_READERS.add(in);
    }

    static void loadConfig() {
        try (Handle ignored = Storage.open("/etc/orders.conf")) {
            // read the configuration
        }
    }

    /** The storage layer: every file goes through here, so it is a helper, not a leak site. */
    static final class Storage {
        private Storage() {
        }

        static Handle open(String path) {
            return Leakscope.acquire("file", path);
        }
    }
}
