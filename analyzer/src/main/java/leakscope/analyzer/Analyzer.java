package leakscope.analyzer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import leakscope.analyzer.model.Analysis;
import leakscope.analyzer.model.Anomalies;
import leakscope.analyzer.model.JvmIdentity;
import leakscope.analyzer.model.LeakGroup;
import leakscope.analyzer.jvm.RetainedGroups;
import leakscope.analyzer.jvm.ThreadLeaks;
import leakscope.analyzer.model.Reason;
import leakscope.analyzer.model.RecordingSummary;
import leakscope.analyzer.model.RetainedGroup;
import leakscope.analyzer.model.Sample;
import leakscope.analyzer.model.Series;
import leakscope.analyzer.model.SessionLeak;
import leakscope.analyzer.model.SessionSummary;
import leakscope.analyzer.model.Summary;
import leakscope.analyzer.model.Trend;
import leakscope.analyzer.model.Verdict;
import leakscope.analyzer.pairing.HandleLedger;
import leakscope.analyzer.pairing.Leak;
import leakscope.analyzer.pairing.TimelineOutcome;
import leakscope.analyzer.read.PipelinedSink;
import leakscope.analyzer.read.ReadResult;
import leakscope.analyzer.model.Stack;
import leakscope.analyzer.read.RecordingInput;
import leakscope.analyzer.read.RecordingInputs;
import leakscope.analyzer.read.RecordingPart;
import leakscope.analyzer.read.RecordingReader;
import leakscope.analyzer.read.Times;
import leakscope.analyzer.site.LeakGrouper;
import leakscope.analyzer.site.SiteResolver;
import leakscope.analyzer.trend.TrendClassifier;

/** The analyser's one entry point: recordings in, an {@link Analysis} out. */
public final class Analyzer {
    /** -XX:StartFlightRecording starts within a second of the JVM; more than this is a late start. */
    static final long LATE_START_NANOS = 3_000_000_000L;

    private Analyzer() {
    }

    /**
     * Analyses {@code .jfr} files and directories of them. Recordings of the same JVM (pid and start
     * time) form one timeline and are paired together; different JVMs never are.
     *
     * @throws AnalysisException for input that cannot be analysed, naming the file
     */
    public static Analysis analyze(List<Path> inputs, AnalysisOptions options, Progress progress) throws AnalysisException {
        List<Path> files = InputFiles.expand(inputs);
        RecordingInputs.Inspection inspection = RecordingInputs.inspect(files);
        List<RecordingInput> recordings = new ArrayList<>(inspection.inputs());
        try {
            Analysis analysis = new Run(recordings, options, progress).analyze();
            if (inspection.warnings().isEmpty()) {
                return analysis;
            }
            List<String> warnings = new ArrayList<>(inspection.warnings());
            warnings.addAll(analysis.warnings());
            return new Analysis(analysis.recordings(), analysis.summary(), analysis.leaks(), analysis.sessions(),
                    analysis.anomalies(), analysis.growth(), analysis.retained(), warnings);
        } finally {
            inspection.inputs().forEach(RecordingInputs::release);
        }
    }

    /** The state of one analysis, gathered timeline by timeline. */
    private static final class Run {
        private final List<RecordingInput> inputs;
        private final AnalysisOptions options;
        private final SharedProgress progress;
        private final Map<Stack, Stack> canonicalStacks = new ConcurrentHashMap<>();
        private final RecordingSummary[] summaries;
        private final LeakGrouper grouper = new LeakGrouper();
        private final List<String> warnings = new ArrayList<>();
        private final List<Series> growth = new ArrayList<>();
        private final List<RetainedGroup> retained = new ArrayList<>();
        private final List<SessionLeak> stoppedHolding = new ArrayList<>();
        private final List<SessionLeak> neverStopped = new ArrayList<>();
        private long acquired;
        private long released;
        private long sessionsStarted;
        private long sessionsStopped;
        private Anomalies anomalies = new Anomalies(0, 0);

        Run(List<RecordingInput> inputs, AnalysisOptions options, Progress progress) {
            this.inputs = inputs;
            this.options = options;
            this.progress = new SharedProgress(progress, inputs.stream().mapToLong(RecordingInput::sizeBytes).sum());
            this.summaries = new RecordingSummary[inputs.size()];
        }

        Analysis analyze() throws AnalysisException {
            List<List<Integer>> timelines = timelines();
            for (List<Integer> timeline : timelines) {
                String seriesSuffix = timelines.size() > 1 ? " (" + timelineName(timeline.get(0)) + ")" : "";
                analyzeTimeline(timeline, seriesSuffix);
            }
            List<LeakGroup> leaks = grouper.groups();
            long leaked = leaks.stream().filter(g -> g.verdict() == Verdict.LEAKED).mapToLong(LeakGroup::count).sum();
            long suspected = leaks.stream().filter(g -> g.verdict() == Verdict.SUSPECTED).mapToLong(LeakGroup::count).sum();
            long growing = growth.stream().filter(s -> s.trend() == Trend.GROWING).count();
            stoppedHolding.sort(Comparator.comparingLong(SessionLeak::handles).reversed().thenComparingLong(SessionLeak::sessionId));
            return new Analysis(List.of(summaries),
                    new Summary(acquired, released, leaked, suspected, sessionsStarted, growing), leaks,
                    new SessionSummary(sessionsStarted, sessionsStopped, stoppedHolding, neverStopped), anomalies,
                    growth, retained, warnings);
        }

        /** Indexes of recordings grouped by JVM, each group in time order; unidentified files stand alone. */
        private List<List<Integer>> timelines() {
            Map<Object, List<Integer>> byJvm = new LinkedHashMap<>();
            for (int i = 0; i < inputs.size(); i++) {
                Optional<JvmIdentity> jvm = inputs.get(i).jvm();
                Object key = jvm.isPresent() ? jvm.get() : Integer.valueOf(i);
                byJvm.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
            List<List<Integer>> timelines = new ArrayList<>(byJvm.values());
            Comparator<Integer> byStart = Comparator.comparingLong(i -> inputs.get(i).startNanos());
            timelines.forEach(t -> t.sort(byStart));
            timelines.sort(Comparator.comparing(t -> t.get(0), byStart));
            return timelines;
        }

        private String timelineName(int recording) {
            return inputs.get(recording).jvm().map(j -> "pid " + j.pid()).orElse(inputs.get(recording).path().getFileName().toString());
        }

        private void analyzeTimeline(List<Integer> timeline, String seriesSuffix) throws AnalysisException {
            long start = timeline.stream().mapToLong(i -> inputs.get(i).startNanos()).min().orElseThrow();
            long end = timeline.stream().mapToLong(i -> inputs.get(i).endNanos()).max().orElseThrow();
            HandleLedger ledger = new HandleLedger(start, end);
            Map<Integer, ReadResult> results = options.threads() > 1 ? readInParallel(timeline, ledger, start, end)
                    : readInOrder(timeline, ledger);
            boolean endedAtExit = false;
            boolean lostData = false;
            for (int index : timeline) {
                ReadResult result = results.get(index);
                if (inputs.get(index).jvm().isEmpty()) {
                    inputs.set(index, inputs.get(index).withJvm(result.jvm()));
                }
                RecordingInput input = inputs.get(index);
                summaries[index] = new RecordingSummary(input.path(), input.jvm(), input.start(), input.end(),
                        result.events(), result.endedAtExit(), input.isTruncated(), result.dataLossBytes());
                endedAtExit |= result.endedAtExit();
                lostData |= result.dataLossBytes() > 0;
                warn(input, result);
            }
            warnIfLate(inputs.get(timeline.get(0)), start);
            TimelineOutcome outcome = ledger.finish(endedAtExit, lostData);
            SiteResolver sites = new SiteResolver(outcome.acquireStacks(), options.skipFrames());
            for (Leak leak : outcome.leaks()) {
                grouper.add(leak, sites.siteOf(leak.stack()));
            }
            Reason endReason = lostData ? Reason.DATA_LOSS : endedAtExit ? Reason.OPEN_AT_EXIT : Reason.HELD_AT_END;
            ThreadLeaks threads = new ThreadLeaks(outcome.threads(), sites, start, end, endReason);
            int lastRecording = timeline.get(timeline.size() - 1);
            for (Leak leak : threads.leaks()) {
                grouper.add(withRecording(leak, lastRecording), sites.siteOf(leak.stack()));
            }
            retained.addAll(RetainedGroups.of(outcome.oldObjects(), sites));
            acquired += outcome.acquired();
            released += outcome.released();
            anomalies = anomalies.plus(outcome.anomalies());
            sessionsStarted += outcome.sessionsStarted();
            sessionsStopped += outcome.sessionsStopped();
            stoppedHolding.addAll(outcome.stoppedHolding());
            neverStopped.addAll(outcome.neverStopped());
            outcome.series().forEach((name, samples) -> growth.add(series(name + seriesSuffix, samples)));
            threads.series().forEach((name, samples) -> growth.add(series(name + seriesSuffix, samples)));
        }

        /** One thread reads the timeline's files, in time order, into the ledger. */
        private Map<Integer, ReadResult> readInOrder(List<Integer> timeline, HandleLedger ledger) throws AnalysisException {
            Map<Integer, ReadResult> results = new HashMap<>();
            RecordingReader reader = new RecordingReader(canonicalStacks);
            for (int index : timeline) {
                ledger.beginRecording(index);
                RecordingPart whole = inputs.get(index).parts(1).get(0);
                results.put(index, read(reader, whole, ledger, progress.part(whole.sizeBytes())));
            }
            return results;
        }

        /**
         * Reads runs of chunks on several threads, each into a ledger of its own, then folds the ledgers
         * into the timeline's in file and chunk order, which is time order.
         */
        private Map<Integer, ReadResult> readInParallel(List<Integer> timeline, HandleLedger ledger, long start, long end)
                throws AnalysisException {
            List<Integer> partRecording = new ArrayList<>();
            List<RecordingPart> parts = new ArrayList<>();
            for (int index : timeline) {
                for (RecordingPart part : inputs.get(index).parts(options.threads())) {
                    parts.add(part);
                    partRecording.add(index);
                }
            }
            List<HandleLedger> ledgers = new ArrayList<>();
            List<Callable<ReadResult>> reads = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                HandleLedger partLedger = i == 0 ? ledger : new HandleLedger(start, end);
                partLedger.beginRecording(partRecording.get(i));
                ledgers.add(partLedger);
                RecordingPart part = parts.get(i);
                SharedProgress.ProgressShare share = progress.part(part.sizeBytes());
                reads.add(() -> read(new RecordingReader(canonicalStacks), part, partLedger, share));
            }
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.threads(), parts.size()), daemon());
            try {
                List<Future<ReadResult>> futures = pool.invokeAll(reads);
                Map<Integer, ReadResult> results = new HashMap<>();
                for (int i = 0; i < parts.size(); i++) {
                    ReadResult result = await(futures.get(i));
                    results.merge(partRecording.get(i), result, ReadResult::plus);
                    if (i > 0) {
                        ledger.absorb(ledgers.get(i));
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
        private static ReadResult read(RecordingReader reader, RecordingPart part, HandleLedger ledger,
                SharedProgress.ProgressShare progress) throws AnalysisException {
            try (PipelinedSink pairing = new PipelinedSink(ledger)) {
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
                throw new IllegalStateException("reading failed", e.getCause());
            }
        }

        private static ThreadFactory daemon() {
            return task -> {
                Thread thread = new Thread(task, "leakscope-reader");
                thread.setDaemon(true);
                return thread;
            };
        }

        private static Series series(String name, List<Sample> samples) {
            return new Series(name, TrendClassifier.classify(samples), samples, TrendClassifier.slopePerMinute(samples));
        }

        /** A thread is known by the recording that saw it end alive: the timeline's last. */
        private static Leak withRecording(Leak leak, int recording) {
            return new Leak(leak.reason(), leak.handleId(), leak.kind(), leak.description(), leak.sessionId(),
                    leak.thread(), leak.acquireNanos(), leak.heldNanos(), leak.stack(), recording);
        }

        /**
         * A timeline whose first chunk starts well after its JVM (a recording started late, or oldest chunks
         * dropped by maxsize) cannot see handles acquired before it: their releases are unmatched.
         */
        private void warnIfLate(RecordingInput first, long timelineStartNanos) {
            first.jvm().ifPresent(jvm -> {
                long lateNanos = timelineStartNanos - Times.nanos(jvm.startTime());
                if (lateNanos > LATE_START_NANOS) {
                    warnings.add(String.format(Locale.ROOT, "%s: the recording starts %.1f s after its JVM started "
                            + "(a late start, or oldest chunks dropped by maxsize=): handles acquired before it are "
                            + "invisible, and their releases count as unmatched", first.path(), lateNanos / 1e9));
                }
            });
        }

        private void warn(RecordingInput input, ReadResult result) {
            String file = input.path().toString();
            input.problems().forEach(problem -> warnings.add(file + ": " + problem));
            result.brokenEvents().forEach((problem, count) -> warnings.add(String.format(Locale.ROOT,
                    "%s: %d event(s) break the event contract and were left out, not read as zeros (%s)", file, count,
                    problem)));
            if (result.eventsOutsideChunks() > 0) {
                warnings.add(String.format(Locale.ROOT, "%s: header contradicted: %d event(s) are dated outside their "
                        + "chunks' time span (a damaged header or event; JFR has no checksums), so times and trends may "
                        + "be wrong", file, result.eventsOutsideChunks()));
            }
            if (result.dataLossBytes() > 0) {
                warnings.add(String.format(Locale.ROOT, "%s: JFR lost %d bytes of events (jdk.DataLoss), so unreleased "
                        + "handles are only suspected; record with a larger -XX:FlightRecorderOptions:memorysize=",
                        file, result.dataLossBytes()));
            }
            if (input.jvm().isEmpty()) {
                warnings.add(file + ": no jdk.JVMInformation event, so it was analysed as a JVM run of its own");
            }
            if (result.events() == 0 && result.jvmEvents() == 0) {
                warnings.add(file + ": nothing to analyse: no leakscope events, and none of the JVM's thread, heap, "
                        + "class or old-object events (record with -XX:StartFlightRecording, default settings)");
            }
        }
    }
}
