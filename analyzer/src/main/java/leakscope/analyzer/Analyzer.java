package leakscope.analyzer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import leakscope.analyzer.jvm.RetainedGroups;
import leakscope.analyzer.jvm.ThreadLeaks;
import leakscope.analyzer.model.Analysis;
import leakscope.analyzer.model.LeakGroup;
import leakscope.analyzer.model.RecordingSummary;
import leakscope.analyzer.model.RetainedGroup;
import leakscope.analyzer.model.Series;
import leakscope.analyzer.model.SessionLeak;
import leakscope.analyzer.model.SessionSummary;
import leakscope.analyzer.model.Stack;
import leakscope.analyzer.model.Summary;
import leakscope.analyzer.model.Trend;
import leakscope.analyzer.model.Verdict;
import leakscope.analyzer.model.Warning;
import leakscope.analyzer.pairing.JudgedHandle;
import leakscope.analyzer.pairing.SampledSeries;
import leakscope.analyzer.pairing.SessionEnd;
import leakscope.analyzer.pairing.TimelineLedger;
import leakscope.analyzer.pairing.TimelineOutcome;
import leakscope.analyzer.read.ReadResult;
import leakscope.analyzer.read.RecordingInput;
import leakscope.analyzer.read.RecordingInputs;
import leakscope.analyzer.site.AnomalyGrouper;
import leakscope.analyzer.site.LeakGrouper;
import leakscope.analyzer.site.LifetimeSorter;
import leakscope.analyzer.site.SiteResolver;
import leakscope.analyzer.trend.TrendClassifier;

/**
 * The analyser's one entry point: recordings in, an {@link Analysis} out. Each timeline (one JVM's
 * recordings) goes through the stages in turn: read (events by name) → pairing (ledgers, verdicts) →
 * site (the frame to fix) → trend (series); the results of all timelines are then put together.
 */
public final class Analyzer {
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
        try {
            return new Run(inspection.inputs(), inspection.warnings(), options, progress).analyze();
        } finally {
            inspection.inputs().forEach(RecordingInputs::release);
        }
    }

    /** The state of one analysis, gathered timeline by timeline. */
    private static final class Run {
        private final List<RecordingInput> inputs;
        private final AnalysisOptions options;
        private final TimelineReading reading;
        private final RecordingSummary[] summaries;
        private final LeakGrouper grouper = new LeakGrouper();
        private final LifetimeSorter lifetime = new LifetimeSorter();
        private final AnomalyGrouper anomalies = new AnomalyGrouper();
        private final List<Warning> warnings = new ArrayList<>();
        private final List<Series> growth = new ArrayList<>();
        private final List<RetainedGroup> retained = new ArrayList<>();
        private final List<SessionLeak> stoppedHolding = new ArrayList<>();
        private final List<SessionLeak> neverStopped = new ArrayList<>();
        private long acquired;
        private long released;
        private long sessionsStarted;
        private long sessionsStopped;
        private long growingLeftOut; // growing series not listed (SeriesLimits): the summary still counts them

        /** @param inputWarnings what was found wrong with the inputs before reading them */
        Run(List<RecordingInput> inputs, List<Warning> inputWarnings, AnalysisOptions options, Progress progress) {
            this.inputs = new ArrayList<>(inputs);
            this.warnings.addAll(inputWarnings);
            this.options = options;
            Map<Stack, Stack> canonicalStacks = new ConcurrentHashMap<>();
            SharedProgress shared = new SharedProgress(progress, inputs.stream().mapToLong(RecordingInput::sizeBytes).sum());
            this.reading = new TimelineReading(this.inputs, options.threads(), shared, canonicalStacks);
            this.summaries = new RecordingSummary[inputs.size()];
        }

        Analysis analyze() throws AnalysisException {
            List<List<Integer>> timelines = Timelines.of(inputs);
            for (List<Integer> timeline : timelines) {
                String seriesSuffix = timelines.size() > 1 ? " (" + Timelines.name(inputs.get(timeline.get(0))) + ")" : "";
                analyzeTimeline(timeline, seriesSuffix);
            }
            List<LeakGroup> leaks = grouper.groups();
            long leaked = leaks.stream().filter(g -> g.verdict() == Verdict.LEAKED).mapToLong(LeakGroup::count).sum();
            long suspected = leaks.stream().filter(g -> g.verdict() == Verdict.SUSPECTED).mapToLong(LeakGroup::count).sum();
            long growing = growth.stream().filter(s -> s.trend() == Trend.GROWING).count() + growingLeftOut;
            stoppedHolding.sort(Comparator.comparingLong(SessionLeak::handles).reversed().thenComparingLong(SessionLeak::sessionId));
            return new Analysis(List.of(summaries),
                    new Summary(acquired, released, leaked, suspected, sessionsStarted, growing), leaks, lifetime.groups(),
                    new SessionSummary(sessionsStarted, sessionsStopped, stoppedHolding, neverStopped), anomalies.anomalies(),
                    growth, retained, warnings);
        }

        private void analyzeTimeline(List<Integer> timeline, String seriesSuffix) throws AnalysisException {
            long start = timeline.stream().mapToLong(i -> inputs.get(i).startNanos()).min().orElseThrow();
            long end = timeline.stream().mapToLong(i -> inputs.get(i).endNanos()).max().orElseThrow();
            TimelineLedger ledger = new TimelineLedger(start, end);
            Map<Integer, ReadResult> results = reading.read(timeline, ledger, start, end);
            boolean endedAtExit = false;
            boolean lostData = false;
            for (int index : timeline) {
                ReadResult result = results.get(index);
                if (inputs.get(index).jvm().isEmpty()) {
                    inputs.set(index, inputs.get(index).withJvm(result.jvm())); // found while reading it
                }
                RecordingInput input = inputs.get(index);
                summaries[index] = new RecordingSummary(input.path(), input.jvm(), input.start(), input.end(),
                        result.events(), result.endedAtExit(), input.isTruncated(), result.dataLossBytes());
                endedAtExit |= result.endedAtExit();
                lostData |= result.dataLossBytes() > 0;
                warnings.addAll(InputWarnings.of(input, result));
            }
            warnings.addAll(InputWarnings.lateStart(inputs.get(timeline.get(0)), results.get(timeline.get(0)), start));
            TimelineOutcome outcome = ledger.finish(endedAtExit, lostData);
            SiteResolver sites = new SiteResolver(outcome.acquireStacks(), options.skipFrames());
            for (JudgedHandle handle : lifetime.sortOut(outcome.judged(), outcome.acquireSpans(), sites, outcome.rules(), end)) {
                grouper.add(handle, sites.siteOf(handle.stack()));
            }
            int lastRecording = timeline.get(timeline.size() - 1);
            ThreadLeaks threads = new ThreadLeaks(outcome.threads(), sites, start, end, outcome.rules().heldAtEnd(),
                    lastRecording);
            for (JudgedHandle thread : threads.leaks()) {
                grouper.add(thread, sites.siteOf(thread.stack()));
            }
            // the helper rule counts watches among watches: a helper that watches is not one that acquires
            SiteResolver watchSites = new SiteResolver(outcome.watches().stacks(), options.skipFrames());
            for (JudgedHandle watch : outcome.watches().judged()) {
                grouper.add(watch, watchSites.siteOf(watch.stack()));
            }
            retained.addAll(RetainedGroups.of(outcome.oldObjects(), sites));
            acquired += outcome.acquired();
            released += outcome.released();
            anomalies.add(outcome.anomalies(), sites);
            sessionsStarted += outcome.sessionsStarted();
            sessionsStopped += outcome.sessionsStopped();
            outcome.stoppedHolding().forEach(session -> stoppedHolding.add(withWhere(session, sites)));
            outcome.neverStopped().forEach(session -> neverStopped.add(withWhere(session, sites)));
            List<Series> judged = new ArrayList<>();
            for (SampledSeries series : outcome.series()) {
                judged.add(TrendClassifier.judge(series.named(series.name() + seriesSuffix)));
            }
            SeriesLimits.Listed listed = SeriesLimits.of(judged);
            growth.addAll(listed.series());
            growingLeftOut += listed.growingGaugesLeftOut();
            if (listed.gaugesLeftOut() > 0 || outcome.kindSeriesLeftOut() > 0) {
                warnings.add(new Warning.SeriesLeftOut(inputs.get(timeline.get(0)).path(), listed.gaugesLeftOut(),
                        listed.growingGaugesLeftOut(), outcome.kindSeriesLeftOut()));
            }
            for (SampledSeries series : threads.series()) {
                growth.add(TrendClassifier.judge(series.named(series.name() + seriesSuffix)));
            }
        }

        /** The session with where it stopped: its stop's stack if recorded (the contract's has none), else its start's. */
        private static SessionLeak withWhere(SessionEnd end, SiteResolver sites) {
            SessionLeak session = end.session();
            Optional<SessionLeak.Where> where = !end.stopStack().frames().isEmpty()
                    ? Optional.of(new SessionLeak.Where(sites.siteOf(end.stopStack()), true))
                    : end.startStack().frames().isEmpty() ? Optional.empty()
                    : Optional.of(new SessionLeak.Where(sites.siteOf(end.startStack()), false));
            return new SessionLeak(session.sessionId(), session.name(), session.handles(), session.at(), where);
        }
    }
}
