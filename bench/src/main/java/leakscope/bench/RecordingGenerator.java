package leakscope.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import leakscope.recorder.Handle;
import leakscope.recorder.Leakscope;
import leakscope.recorder.Session;

/**
 * Writes a realistic load for benchmarks when run under the JFR flags: {@code pairs} acquire/release
 * pairs from {@code threads} threads, through 16 call sites at stack depths 1 to 12, in sessions of 50
 * pairs, with a gauge, leaking one handle in {@code leakEvery}. Prints the ground truth.
 * Args: pairs threads leakEvery [pairsPerSecond].
 *
 * <p>A busy service writes its events over minutes, and JFR starts a new chunk about every 12 MB; a
 * generator at full speed writes faster than JFR rotates chunks and leaves a few chunks of 100 MB and
 * more. {@code pairsPerSecond} (all threads together) paces it so that chunks come out the usual size.
 */
public final class RecordingGenerator {
    private static final int SESSION_PAIRS = 50;
    private static final List<Handle> LEAKED = new ArrayList<>();
    private static final AtomicLong CACHE = new AtomicLong();

    private RecordingGenerator() {
    }

    public static void main(String[] args) throws InterruptedException {
        long pairs = Long.parseLong(args[0]);
        int threads = Integer.parseInt(args[1]);
        long leakEvery = Long.parseLong(args[2]);
        double pairsPerSecond = args.length > 3 ? Double.parseDouble(args[3]) : 0;
        Leakscope.registerGauge("bench.cache.size", CACHE::get);
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            long share = pairs / threads + (t < pairs % threads ? 1 : 0);
            int thread = t;
            workers[t] = new Thread(() -> work(thread, share, leakEvery, pairsPerSecond / threads), "bench-" + t);
            workers[t].start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        System.out.println("pairs " + pairs + " leaked " + LEAKED.size());
    }

    private static void work(int thread, long pairs, long leakEvery, double pairsPerSecond) {
        long start = System.nanoTime();
        long done = 0;
        while (done < pairs) {
            pace(start, done, pairsPerSecond);
            try (Session ignored = Leakscope.startSession("batch-" + thread + "-" + done)) {
                for (int i = 0; i < SESSION_PAIRS && done < pairs; i++, done++) {
                    int site = (int) ((done * 7 + thread) % 16);
                    int depth = 1 + (int) (done % 12);
                    Handle handle = descend(depth, site, done);
                    if ((done + thread) % leakEvery == 0) {
                        synchronized (LEAKED) {
                            LEAKED.add(handle);
                        }
                    } else {
                        handle.close();
                    }
                }
            }
            CACHE.incrementAndGet();
            Leakscope.sample("bench.batches." + thread, done);
        }
    }

    /** Sleeps while this thread is ahead of its share of the rate; 0 means as fast as possible. */
    private static void pace(long startNanos, long done, double pairsPerSecond) {
        if (pairsPerSecond <= 0) {
            return;
        }
        long aheadNanos = (long) (done / pairsPerSecond * 1e9) - (System.nanoTime() - startNanos);
        if (aheadNanos > 1_000_000) {
            LockSupport.parkNanos(aheadNanos);
        }
    }

    private static Handle descend(int depth, int site, long n) {
        return depth == 0 ? Sites.open(site, n) : descend(depth - 1, site, n);
    }

    /** Sixteen call sites sharing one helper, as applications do. */
    static final class Sites {
        private Sites() {
        }

        static Handle open(int site, long n) {
            switch (site) {
                case 0: return s0(n);
                case 1: return s1(n);
                case 2: return s2(n);
                case 3: return s3(n);
                case 4: return s4(n);
                case 5: return s5(n);
                case 6: return s6(n);
                case 7: return s7(n);
                case 8: return s8(n);
                case 9: return s9(n);
                case 10: return s10(n);
                case 11: return s11(n);
                case 12: return s12(n);
                case 13: return s13(n);
                case 14: return s14(n);
                default: return s15(n);
            }
        }

        static Handle helper(String kind, long n) {
            return Leakscope.acquire(kind, kind + "-" + n);
        }

        static Handle s0(long n) { return helper("file", n); }
        static Handle s1(long n) { return helper("file", n); }
        static Handle s2(long n) { return helper("socket", n); }
        static Handle s3(long n) { return helper("socket", n); }
        static Handle s4(long n) { return helper("file", n); }
        static Handle s5(long n) { return helper("timer", n); }
        static Handle s6(long n) { return helper("file", n); }
        static Handle s7(long n) { return helper("listener", n); }
        static Handle s8(long n) { return helper("file", n); }
        static Handle s9(long n) { return helper("socket", n); }
        static Handle s10(long n) { return helper("file", n); }
        static Handle s11(long n) { return helper("file", n); }
        static Handle s12(long n) { return helper("socket", n); }
        static Handle s13(long n) { return helper("file", n); }
        static Handle s14(long n) { return helper("timer", n); }
        static Handle s15(long n) { return helper("file", n); }
    }
}
