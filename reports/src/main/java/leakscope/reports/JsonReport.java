package leakscope.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import leakscope.analyzer.baseline.BaselineEntry;
import leakscope.analyzer.baseline.Comparison;
import leakscope.analyzer.baseline.GroupStatus;
import leakscope.analyzer.model.Analysis;
import leakscope.analyzer.model.HandleSample;
import leakscope.analyzer.model.LeakGroup;
import leakscope.analyzer.model.RecordingSummary;
import leakscope.analyzer.model.RetainedGroup;
import leakscope.analyzer.model.Series;
import leakscope.analyzer.model.SessionLeak;

/**
 * {@code leakscope.json}, following {@code report.schema.json} (schemaVersion 1), keys in schema order.
 * Additive, optional fields beyond the schema (docs/report-format.md): {@code leaks[].fingerprint},
 * {@code leaks[].status} and {@code baseline} with a baseline, {@code retained}.
 */
public final class JsonReport {
    public static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    /**
     * @param chartPaths chart file per series name, relative to the report folder (absent: no chart)
     * @param baseline the comparison with a baseline, when one was given: adds each group's {@code status}
     *     and a top-level {@code baseline} (additive fields, schemaVersion stays 1)
     */
    public static String render(Analysis analysis, String toolVersion, Map<String, String> chartPaths,
            Optional<Comparison> baseline) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.putObject("tool").put("name", "leakscope").put("version", toolVersion);
        ArrayNode recordings = root.putArray("recordings");
        analysis.recordings().forEach(r -> recording(recordings.addObject(), r));
        ObjectNode summary = root.putObject("summary");
        summary.put("handlesAcquired", analysis.summary().handlesAcquired());
        summary.put("handlesReleased", analysis.summary().handlesReleased());
        summary.put("leaked", analysis.summary().leaked());
        summary.put("suspected", analysis.summary().suspected());
        summary.put("sessions", analysis.summary().sessions());
        summary.put("growingSeries", analysis.summary().growingSeries());
        ArrayNode leaks = root.putArray("leaks");
        for (int i = 0; i < analysis.leaks().size(); i++) {
            ObjectNode node = leaks.addObject();
            leak(node, analysis.leaks().get(i));
            int index = i;
            baseline.ifPresent(b -> node.put("status", b.head().get(index).status().wireName()));
        }
        ObjectNode sessions = root.putObject("sessions");
        sessions.put("started", analysis.sessions().started());
        sessions.put("stopped", analysis.sessions().stopped());
        ArrayNode stopped = sessions.putArray("stoppedHolding");
        analysis.sessions().stoppedHolding().forEach(s -> session(stopped.addObject(), s, "stoppedAt"));
        ArrayNode never = sessions.putArray("neverStopped");
        analysis.sessions().neverStopped().forEach(s -> session(never.addObject(), s, "startedAt"));
        root.putObject("anomalies")
                .put("doubleReleases", analysis.anomalies().doubleReleases())
                .put("unmatchedReleases", analysis.anomalies().unmatchedReleases());
        ArrayNode growth = root.putArray("growth");
        analysis.growth().forEach(s -> series(growth.addObject(), s, chartPaths.get(s.name())));
        ArrayNode retained = root.putArray("retained");
        analysis.retained().forEach(g -> retained(retained.addObject(), g));
        ArrayNode warnings = root.putArray("warnings");
        analysis.warnings().forEach(warnings::add);
        baseline.ifPresent(b -> baseline(root.putObject("baseline"), b));
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }

    private static void recording(ObjectNode node, RecordingSummary recording) {
        node.put("path", recording.path().toString());
        recording.jvm().ifPresent(jvm -> node.putObject("jvm").put("pid", jvm.pid()).put("startTime", time(jvm.startTime())));
        node.put("start", time(recording.start()));
        node.put("end", time(recording.end()));
        node.put("events", recording.events());
        node.put("endedAtExit", recording.endedAtExit());
        node.put("truncated", recording.truncated());
        node.put("dataLossBytes", recording.dataLossBytes());
    }

    private static void leak(ObjectNode node, LeakGroup group) {
        node.put("verdict", group.verdict().wireName());
        node.put("reason", group.reason().wireName());
        node.put("kind", group.kind());
        node.put("site", group.site());
        node.put("count", group.count());
        ArrayNode stack = node.putArray("stackTrace");
        group.stackTrace().forEach(stack::add);
        ArrayNode handles = node.putArray("handles");
        for (HandleSample handle : group.handles()) {
            handles.addObject()
                    .put("handleId", handle.handleId())
                    .put("description", handle.description())
                    .put("sessionId", handle.sessionId())
                    .put("thread", handle.thread())
                    .put("acquiredAt", time(handle.acquiredAt()))
                    .put("heldMillis", handle.heldMillis());
        }
        node.put("recording", group.recording());
        node.put("fingerprint", BaselineEntry.of(group).fingerprint());
    }

    private static void retained(ObjectNode node, RetainedGroup group) {
        node.put("site", group.site());
        node.put("type", group.type());
        node.put("count", group.count());
        node.put("oldestAgeMillis", group.oldestAgeMillis());
        ArrayNode chain = node.putArray("referenceChain");
        group.referenceChain().forEach(chain::add);
        node.put("root", group.root());
        ArrayNode stack = node.putArray("stackTrace");
        group.stackTrace().forEach(stack::add);
    }

    private static void baseline(ObjectNode node, Comparison comparison) {
        for (GroupStatus status : GroupStatus.values()) {
            node.put(status.wireName(), comparison.count(status));
        }
        ArrayNode fixed = node.putArray("fixedGroups");
        for (BaselineEntry group : comparison.fixed()) {
            fixed.addObject().put("fingerprint", group.fingerprint()).put("verdict", group.verdict())
                    .put("reason", group.reason()).put("kind", group.kind()).put("site", group.site())
                    .put("count", group.count());
        }
    }

    private static void session(ObjectNode node, SessionLeak session, String timeField) {
        node.put("sessionId", session.sessionId());
        node.put("name", session.name());
        node.put("handles", session.handles());
        session.at().ifPresent(at -> node.put(timeField, time(at)));
    }

    private static void series(ObjectNode node, Series series, String chart) {
        node.put("series", series.name());
        node.put("trend", series.trend().wireName());
        node.put("samples", series.samples().size());
        node.put("first", series.first());
        node.put("last", series.last());
        node.put("min", series.min());
        node.put("max", series.max());
        node.put("slopePerMinute", series.slopePerMinute());
        if (chart != null) {
            node.put("chart", chart);
        }
    }

    /** ISO-8601 in UTC, as {@code Instant} prints it. */
    private static String time(Instant instant) {
        return instant.toString();
    }
}
