package leakscope.cli;

import java.io.PrintWriter;
import java.util.Locale;
import leakscope.analyzer.Progress;

/**
 * Bytes read of the total on stderr, at most once a second, and only for inputs large enough to take a
 * while: on a terminal the line redraws itself; elsewhere (CI logs) each report is a line of its own.
 */
final class StderrProgress implements Progress {
    static final long LARGE_INPUT_BYTES = 64L << 20;
    private static final long INTERVAL_NANOS = 1_000_000_000L;

    private final PrintWriter err;
    private final boolean redraw;
    private long lastNanos = System.nanoTime();
    private boolean printed;

    StderrProgress(PrintWriter err, boolean redraw) {
        this.err = err;
        this.redraw = redraw;
    }

    @Override
    public void bytesRead(long done, long total) {
        if (total < LARGE_INPUT_BYTES) {
            return; // small inputs finish before progress would help
        }
        long now = System.nanoTime();
        if (now - lastNanos < INTERVAL_NANOS && done < total) {
            return;
        }
        lastNanos = now;
        if (done >= total && !printed) {
            return; // finished before the first report was due: say nothing
        }
        printed = true;
        String line = String.format(Locale.ROOT, "leakscope: read %,d of %,d MB (%d%%)", done >> 20, total >> 20,
                total == 0 ? 100 : done * 100 / total);
        if (redraw) {
            err.print("\r" + line + (done >= total ? "\n" : ""));
        } else {
            err.println(line);
        }
        err.flush();
    }
}
