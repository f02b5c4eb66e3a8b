package leakscope.reports.samples;

import java.util.ArrayList;
import java.util.List;
import jdk.jfr.Event;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import leakscope.recorder.Handle;
import leakscope.recorder.Leakscope;
import leakscope.recorder.Session;

/**
 * The biggest sample a pull request meets: 40 leak sites (one per line of {@link #open}) reached through
 * 50-frame stacks, 300 gauges (120 growing, 100 flat, 50 sawtooth, 30 with too few samples), 25 sessions that
 * stop holding a socket, one double and one unmatched release. Recorded in a child JVM that exits.
 */
public final class BigSample {
    public static final int SITES = 40;
    public static final int GAUGES = 300;
    public static final int GROWING = 120;
    public static final int SESSIONS = 25;
    private static final String[] KINDS = {"file", "socket", "timer", "listener"};
    private static final int DEPTH = 50;
    private static final List<Object> KEPT = new ArrayList<>();

    private BigSample() {
    }

    public static void main(String[] args) throws Exception {
        for (int site = 0; site < SITES; site++) {
            for (int i = 0; i <= site % 5; i++) {
                KEPT.add(deep(DEPTH, site));
            }
        }
        for (int s = 0; s < SESSIONS; s++) {
            try (Session ignored = Leakscope.startSession("GET /orders/" + s)) {
                KEPT.add(Leakscope.acquire("socket", "db.internal:5432"));
            }
        }
        Handle twice = Leakscope.acquire("file", "/tmp/closed-twice");
        twice.close();
        ThirdPartyRelease.emit(twice.id()); // released again, as a third-party emitter might
        ThirdPartyRelease.emit(1L << 40); // an id never acquired
        for (int sample = 0; sample < 20; sample++) {
            for (int g = 0; g < GAUGES; g++) {
                if (g >= GAUGES - 30 && sample >= 3) {
                    continue; // too few samples for a trend
                }
                Leakscope.sample(String.format("service-%03d.cache.size", g), value(g, sample));
            }
            Thread.sleep(20);
        }
    }

    /** A release as a third-party emitter sends it (the recorder's own handles release at most once). */
    @Name("leakscope.ResourceRelease")
    @StackTrace(true)
    static final class ThirdPartyRelease extends Event {
        String kind;
        long handleId;

        static void emit(long id) {
            ThirdPartyRelease release = new ThirdPartyRelease();
            release.kind = "file";
            release.handleId = id;
            release.commit();
        }
    }

    private static long value(int gauge, int sample) {
        if (gauge < GROWING) {
            return 1_000L * gauge + 37L * sample;
        }
        return gauge < 220 ? 500 : (sample % 5) * 10;
    }

    /** Recursion for a deep stack: real frameworks put 50 frames between a request and its resource. */
    private static Handle deep(int depth, int site) {
        return depth == 0 ? open(site) : deep(depth - 1, site);
    }

    private static Handle open(int site) {
        return switch (site) {
            case 0 -> Leakscope.acquire(KINDS[0 % KINDS.length], "/srv/data/part-0.bin");
            case 1 -> Leakscope.acquire(KINDS[1 % KINDS.length], "/srv/data/part-1.bin");
            case 2 -> Leakscope.acquire(KINDS[2 % KINDS.length], "/srv/data/part-2.bin");
            case 3 -> Leakscope.acquire(KINDS[3 % KINDS.length], "/srv/data/part-3.bin");
            case 4 -> Leakscope.acquire(KINDS[4 % KINDS.length], "/srv/data/part-4.bin");
            case 5 -> Leakscope.acquire(KINDS[5 % KINDS.length], "/srv/data/part-5.bin");
            case 6 -> Leakscope.acquire(KINDS[6 % KINDS.length], "/srv/data/part-6.bin");
            case 7 -> Leakscope.acquire(KINDS[7 % KINDS.length], "/srv/data/part-7.bin");
            case 8 -> Leakscope.acquire(KINDS[8 % KINDS.length], "/srv/data/part-8.bin");
            case 9 -> Leakscope.acquire(KINDS[9 % KINDS.length], "/srv/data/part-9.bin");
            case 10 -> Leakscope.acquire(KINDS[10 % KINDS.length], "/srv/data/part-10.bin");
            case 11 -> Leakscope.acquire(KINDS[11 % KINDS.length], "/srv/data/part-11.bin");
            case 12 -> Leakscope.acquire(KINDS[12 % KINDS.length], "/srv/data/part-12.bin");
            case 13 -> Leakscope.acquire(KINDS[13 % KINDS.length], "/srv/data/part-13.bin");
            case 14 -> Leakscope.acquire(KINDS[14 % KINDS.length], "/srv/data/part-14.bin");
            case 15 -> Leakscope.acquire(KINDS[15 % KINDS.length], "/srv/data/part-15.bin");
            case 16 -> Leakscope.acquire(KINDS[16 % KINDS.length], "/srv/data/part-16.bin");
            case 17 -> Leakscope.acquire(KINDS[17 % KINDS.length], "/srv/data/part-17.bin");
            case 18 -> Leakscope.acquire(KINDS[18 % KINDS.length], "/srv/data/part-18.bin");
            case 19 -> Leakscope.acquire(KINDS[19 % KINDS.length], "/srv/data/part-19.bin");
            case 20 -> Leakscope.acquire(KINDS[20 % KINDS.length], "/srv/data/part-20.bin");
            case 21 -> Leakscope.acquire(KINDS[21 % KINDS.length], "/srv/data/part-21.bin");
            case 22 -> Leakscope.acquire(KINDS[22 % KINDS.length], "/srv/data/part-22.bin");
            case 23 -> Leakscope.acquire(KINDS[23 % KINDS.length], "/srv/data/part-23.bin");
            case 24 -> Leakscope.acquire(KINDS[24 % KINDS.length], "/srv/data/part-24.bin");
            case 25 -> Leakscope.acquire(KINDS[25 % KINDS.length], "/srv/data/part-25.bin");
            case 26 -> Leakscope.acquire(KINDS[26 % KINDS.length], "/srv/data/part-26.bin");
            case 27 -> Leakscope.acquire(KINDS[27 % KINDS.length], "/srv/data/part-27.bin");
            case 28 -> Leakscope.acquire(KINDS[28 % KINDS.length], "/srv/data/part-28.bin");
            case 29 -> Leakscope.acquire(KINDS[29 % KINDS.length], "/srv/data/part-29.bin");
            case 30 -> Leakscope.acquire(KINDS[30 % KINDS.length], "/srv/data/part-30.bin");
            case 31 -> Leakscope.acquire(KINDS[31 % KINDS.length], "/srv/data/part-31.bin");
            case 32 -> Leakscope.acquire(KINDS[32 % KINDS.length], "/srv/data/part-32.bin");
            case 33 -> Leakscope.acquire(KINDS[33 % KINDS.length], "/srv/data/part-33.bin");
            case 34 -> Leakscope.acquire(KINDS[34 % KINDS.length], "/srv/data/part-34.bin");
            case 35 -> Leakscope.acquire(KINDS[35 % KINDS.length], "/srv/data/part-35.bin");
            case 36 -> Leakscope.acquire(KINDS[36 % KINDS.length], "/srv/data/part-36.bin");
            case 37 -> Leakscope.acquire(KINDS[37 % KINDS.length], "/srv/data/part-37.bin");
            case 38 -> Leakscope.acquire(KINDS[38 % KINDS.length], "/srv/data/part-38.bin");
            case 39 -> Leakscope.acquire(KINDS[39 % KINDS.length], "/srv/data/part-39.bin");
            default -> throw new IllegalArgumentException("site " + site);
        };
    }
}
