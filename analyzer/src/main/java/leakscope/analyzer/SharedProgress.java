package leakscope.analyzer;

import java.util.concurrent.atomic.AtomicLong;
import leakscope.analyzer.read.RecordingReader;

/** Adds up the bytes read by parts read one after another or at once, for one {@link Progress}. */
final class SharedProgress {
    private final Progress progress;
    private final long totalBytes;
    private final AtomicLong done = new AtomicLong();

    SharedProgress(Progress progress, long totalBytes) {
        this.progress = progress;
        this.totalBytes = totalBytes;
    }

    /** The share of one part of {@code bytes}, told its own bytes read so far. */
    ProgressShare part(long bytes) {
        return new ProgressShare(bytes);
    }

    /** One part's progress; its reports are turned into increments of the total. */
    final class ProgressShare implements RecordingReader.FileProgress {
        private final long bytes;
        private long reported;

        private ProgressShare(long bytes) {
            this.bytes = bytes;
        }

        @Override
        public void bytesRead(long partBytes) {
            long now = Math.min(partBytes, bytes);
            long total = done.addAndGet(now - reported);
            reported = now;
            synchronized (progress) { // parts report from their own threads
                progress.bytesRead(total, totalBytes);
            }
        }
    }
}
