package leakscope.analyzer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import leakscope.analyzer.event.Event;
import leakscope.analyzer.model.Stack;
import leakscope.analyzer.pairing.TimelineLedger;
import leakscope.analyzer.read.ReadResult;
import leakscope.analyzer.read.RecordingInput;
import leakscope.analyzer.read.RecordingPart;
import leakscope.analyzer.read.RecordingReader;

/**
 * Reads the recordings of one timeline into its {@link TimelineLedger}: in one go, or in runs of chunks
 * on several threads, each into a ledger of its own, merged in file and chunk order (time order). Each
 * reader hands its events to its ledger through a {@link Handoff}, so parsing and pairing run side by side.
 */
final class TimelineReading {
    private final List<RecordingInput> inputs;
    private final int threads;
    private final SharedProgress progress;
    private final Map<Stack, Stack> canonicalStacks;

    /** @param canonicalStacks shared by all readers, so equal stacks are one object */
    TimelineReading(List<RecordingInput> inputs, int threads, SharedProgress progress, Map<Stack, Stack> canonicalStacks) {
        this.inputs = inputs;
        this.threads = threads;
        this.progress = progress;
        this.canonicalStacks = canonicalStacks;
    }

    /** Reads the timeline's recordings into {@code ledger}; what each recording said of itself, by index. */
    Map<Integer, ReadResult> read(List<Integer> timeline, TimelineLedger ledger, long startNanos, long endNanos)
            throws AnalysisException {
        return threads > 1 ? readInParallel(timeline, ledger, startNanos, endNanos) : readInOrder(timeline, ledger);
    }

    private Map<Integer, ReadResult> readInOrder(List<Integer> timeline, TimelineLedger ledger) throws AnalysisException {
        Map<Integer, ReadResult> results = new HashMap<>();
        RecordingReader reader = new RecordingReader(canonicalStacks);
        for (int index : timeline) {
            ledger.beginRecording(index);
            RecordingPart whole = inputs.get(index).parts(1).get(0);
            results.put(index, read(reader, whole, ledger, progress.part(whole.sizeBytes())));
        }
        return results;
    }

    private Map<Integer, ReadResult> readInParallel(List<Integer> timeline, TimelineLedger ledger, long startNanos,
            long endNanos) throws AnalysisException {
        List<Integer> partRecording = new ArrayList<>();
        List<RecordingPart> parts = new ArrayList<>();
        for (int index : timeline) {
            for (RecordingPart part : inputs.get(index).parts(threads)) {
                parts.add(part);
                partRecording.add(index);
            }
        }
        List<TimelineLedger> ledgers = new ArrayList<>();
        List<Callable<ReadResult>> reads = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            TimelineLedger partLedger = i == 0 ? ledger : new TimelineLedger(startNanos, endNanos);
            partLedger.beginRecording(partRecording.get(i));
            ledgers.add(partLedger);
            RecordingPart part = parts.get(i);
            SharedProgress.ProgressShare share = progress.part(part.sizeBytes());
            reads.add(() -> read(new RecordingReader(canonicalStacks), part, partLedger, share));
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, parts.size()), daemon());
        try {
            List<Future<ReadResult>> futures = pool.invokeAll(reads);
            Map<Integer, ReadResult> results = new HashMap<>();
            for (int i = 0; i < parts.size(); i++) {
                ReadResult result = await(futures.get(i));
                results.merge(partRecording.get(i), result, ReadResult::plus);
                if (i > 0) {
                    ledger.merge(ledgers.get(i));
                }
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Reads a part into a ledger that pairs on a thread of its own while the reader parses. */
    private static ReadResult read(RecordingReader reader, RecordingPart part, TimelineLedger ledger,
            SharedProgress.ProgressShare progress) throws AnalysisException {
        try (Handoff<Event> pairing = new Handoff<>(ledger, "leakscope-pairing")) {
            ReadResult result = reader.read(part, pairing, progress);
            pairing.finish();
            return result;
        }
    }

    private static ReadResult await(Future<ReadResult> future) throws AnalysisException, InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AnalysisException) {
                throw (AnalysisException) e.getCause();
            }
            if (e.getCause() instanceof Error error) {
                throw error; // an OutOfMemoryError is told as such, not as a failed read
            }
            throw new IllegalStateException("reading failed: " + e.getCause(), e.getCause());
        }
    }

    private static ThreadFactory daemon() {
        return task -> {
            Thread thread = new Thread(task, "leakscope-reader");
            thread.setDaemon(true);
            return thread;
        };
    }
}
