package leakscope.bench;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import leakscope.analyzer.model.ReferencePath;
import leakscope.heap.HeapDump;
import leakscope.heap.WatchedObject;
import leakscope.recorder.Leakscope;

/**
 * shark on a big heap dump. {@code write FILE MB}: builds a heap of about MB megabytes (maps of small objects
 * and byte arrays, as a service's caches), keeps 100 of 1,000 watched request states through closures in a
 * static list, and dumps it. {@code read FILE}: opens the dump, finds the watched objects and their paths
 * (without, then with, retained sizes), printing the time of each step and the peak heap (all pools' peak
 * usage; run with -Xmx set to find the smallest heap that works).
 */
public final class HeapDumpBench {
    static final List<Runnable> LISTENERS = new ArrayList<>();
    static final List<Map<Integer, Object>> CACHES = new ArrayList<>();

    private HeapDumpBench() {
    }

    static final class RequestState {
        final byte[] body = new byte[256];
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        if (args[0].equals("write")) {
            write(file, Integer.parseInt(args[2]));
        } else {
            read(file);
        }
    }

    private static void write(Path file, int megabytes) throws Exception {
        long target = megabytes * 1_000_000L;
        long built = 0;
        for (int cache = 0; built < target; cache++) {
            Map<Integer, Object> map = new HashMap<>();
            for (int i = 0; i < 10_000; i++) {
                map.put(i, i % 4 == 0 ? new byte[512] : new StringBuilder("entry " + i));
            }
            CACHES.add(map);
            built += 10_000 * 60L + 2_500 * 528L;
        }
        for (int i = 0; i < 1_000; i++) {
            RequestState state = new RequestState();
            if (i % 10 == 0) {
                LISTENERS.add(() -> state.body[0]++);
            }
            Leakscope.watch(state, "request " + i);
        }
        System.gc();
        Files.deleteIfExists(file);
        ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).dumpHeap(file.toString(), true);
        System.out.printf(Locale.ROOT, "wrote %s: %.0f MB%n", file, Files.size(file) / 1e6);
    }

    private static void read(Path file) throws Exception {
        long start = System.nanoTime();
        try (HeapDump dump = HeapDump.open(file)) {
            long opened = System.nanoTime();
            Map<Long, WatchedObject> watched = dump.watchedObjects();
            long found = System.nanoTime();
            List<WatchedObject> objects = new ArrayList<>(watched.values());
            java.util.Set<Long> ids = objects.stream().map(WatchedObject::objectId).collect(Collectors.toSet());
            Map<Long, ReferencePath> paths = dump.pathsTo(objects, ids, false);
            long traced = System.nanoTime();
            Map<Long, ReferencePath> withRetained = dump.pathsTo(objects, ids, true);
            long sized = System.nanoTime();
            System.out.printf(Locale.ROOT, "%s: %.0f MB; open+index %.1f s; find %d watched %.1f s; %d paths %.1f s; "
                    + "with retained sizes %.1f s (%d paths); peak heap %.0f MB%n", file, Files.size(file) / 1e6,
                    (opened - start) / 1e9, watched.size(), (found - opened) / 1e9, paths.size(), (traced - found) / 1e9,
                    (sized - traced) / 1e9, withRetained.size(), peakHeap() / 1e6);
        }
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
