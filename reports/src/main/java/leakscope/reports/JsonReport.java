package leakscope.reports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import leakscope.analyzer.baseline.BaselineEntry;
import leakscope.analyzer.baseline.Comparison;
import leakscope.analyzer.baseline.Fingerprint;
import leakscope.analyzer.baseline.GroupStatus;
import leakscope.analyzer.model.Analysis;
import leakscope.analyzer.model.AnomalyGroup;
import leakscope.analyzer.model.HandleSample;
import leakscope.analyzer.model.LeakGroup;
import leakscope.analyzer.model.LifetimeGroup;
import leakscope.analyzer.model.RecordingSummary;
import leakscope.analyzer.model.ReferencePath;
import leakscope.analyzer.model.RetainedGroup;
import leakscope.analyzer.model.Series;
import leakscope.analyzer.model.SessionLeak;

/**
 * {@code leakscope.json}, following {@code report.schema.json} (schemaVersion 2, the current one), keys in schema order.
 * Additive, optional fields beyond the schema (docs/report-format.md): {@code leaks[].fingerprint},
 * {@code leaks[].status} and {@code baseline} with a baseline, {@code retained}, {@code anomalies.groups},
 * {@code sessions.*[].site} and {@code siteFrom}.
 */
public final class JsonReport {
    public static final int SCHEMA_VERSION = 2;
    // the streaming generator: ObjectMapper's start-up alone cost a short command ~0.1 s
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonReport() {
    }

    /**
     * @param chartPaths chart file per series, relative to the report folder (absent: no chart)
     * @param baseline the comparison with a baseline, when one was given: adds each group's {@code status}
     *     and a top-level {@code baseline} (additive fields)
     */
    public static String render(Analysis analysis, String toolVersion, Map<Series, String> chartPaths,
            Optional<Comparison> baseline) {
        StringWriter text = new StringWriter();
        try {
            write(text, analysis, toolVersion, chartPaths, baseline);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return text.toString();
    }

    /**
     * Streams the report to {@code out} (not closed), ending in a newline: 100,000 leak groups are 70 MB of
     * JSON, which as one string took several copies of it in memory.
     */
    public static void write(Writer out, Analysis analysis, String toolVersion, Map<Series, String> chartPaths,
            Optional<Comparison> baseline) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out).setPrettyPrinter(JsonLayout.prettyPrinter())
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            json.writeStartObject();
            json.writeNumberField("schemaVersion", SCHEMA_VERSION);
            json.writeObjectFieldStart("tool");
            json.writeStringField("name", "leakscope");
            json.writeStringField("version", toolVersion);
            json.writeEndObject();
            json.writeArrayFieldStart("recordings");
            for (RecordingSummary recording : analysis.recordings()) {
                recording(json, recording);
            }
            json.writeEndArray();
            summary(json, analysis);
            json.writeArrayFieldStart("leaks");
            for (LeakGroup group : analysis.leaks()) {
                leak(json, group, baseline.map(b -> b.statusOf(group)).orElse(null));
            }
            json.writeEndArray();
            json.writeArrayFieldStart("lifetime");
            for (LifetimeGroup group : analysis.lifetime()) {
                lifetime(json, group);
            }
            json.writeEndArray();
            sessions(json, analysis);
            anomalies(json, analysis);
            json.writeArrayFieldStart("growth");
            for (Series series : analysis.growth()) {
                series(json, series, chartPaths.get(series));
            }
            json.writeEndArray();
            json.writeArrayFieldStart("retained");
            for (RetainedGroup group : analysis.retained()) {
                retained(json, group);
            }
            json.writeEndArray();
            stringArray(json, "warnings", analysis.warnings().stream().map(WarningText::of).toList());
            if (baseline.isPresent()) {
                baseline(json, baseline.get());
            }
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static void recording(JsonGenerator json, RecordingSummary recording) throws IOException {
        json.writeStartObject();
        json.writeStringField("path", recording.path().toString());
        if (recording.jvm().isPresent()) {
            json.writeObjectFieldStart("jvm");
            json.writeNumberField("pid", recording.jvm().get().pid());
            json.writeStringField("startTime", time(recording.jvm().get().startTime()));
            json.writeEndObject();
        }
        json.writeStringField("start", time(recording.start()));
        json.writeStringField("end", time(recording.end()));
        json.writeNumberField("events", recording.events());
        json.writeBooleanField("endedAtExit", recording.endedAtExit());
        json.writeBooleanField("truncated", recording.truncated());
        json.writeNumberField("dataLossBytes", recording.dataLossBytes());
        json.writeEndObject();
    }

    private static void summary(JsonGenerator json, Analysis analysis) throws IOException {
        json.writeObjectFieldStart("summary");
        json.writeNumberField("handlesAcquired", analysis.summary().handlesAcquired());
        json.writeNumberField("handlesReleased", analysis.summary().handlesReleased());
        json.writeNumberField("leaked", analysis.summary().leaked());
        json.writeNumberField("suspected", analysis.summary().suspected());
        json.writeNumberField("sessions", analysis.summary().sessions());
        json.writeNumberField("growingSeries", analysis.summary().growingSeries());
        json.writeEndObject();
    }

    private static void leak(JsonGenerator json, LeakGroup group, GroupStatus status) throws IOException {
        json.writeStartObject();
        json.writeStringField("verdict", group.verdict().wireName());
        json.writeStringField("reason", group.reason().wireName());
        json.writeStringField("kind", group.kind());
        json.writeStringField("site", group.site().text());
        json.writeNumberField("count", group.count());
        stringArray(json, "stackTrace", group.stackTrace());
        json.writeArrayFieldStart("handles");
        for (HandleSample handle : group.handles()) {
            json.writeStartObject();
            json.writeNumberField("handleId", handle.handleId());
            json.writeStringField("description", handle.description());
            json.writeNumberField("sessionId", handle.sessionId());
            json.writeStringField("thread", handle.thread());
            json.writeStringField("acquiredAt", time(handle.acquiredAt()));
            json.writeNumberField("heldMillis", handle.heldMillis());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeNumberField("recording", group.recording());
        if (!group.path().isEmpty()) {
            json.writeArrayFieldStart("path");
            for (ReferencePath.Step step : group.path().steps()) {
                json.writeStartObject();
                json.writeStringField("step", step.step());
                json.writeBooleanField("likelyCause", step.isLikelyCause());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeNumberField("retainedBytes", group.path().retainedBytes());
        }
        json.writeStringField("fingerprint", Fingerprint.of(group));
        if (status != null) {
            json.writeStringField("status", status.wireName());
        }
        json.writeEndObject();
    }

    private static void lifetime(JsonGenerator json, LifetimeGroup group) throws IOException {
        json.writeStartObject();
        json.writeStringField("kind", group.kind());
        json.writeStringField("site", group.site().text());
        json.writeNumberField("count", group.count());
        json.writeStringField("since", time(group.since()));
        json.writeNumberField("recording", group.recording());
        json.writeEndObject();
    }

    private static void sessions(JsonGenerator json, Analysis analysis) throws IOException {
        json.writeObjectFieldStart("sessions");
        json.writeNumberField("started", analysis.sessions().started());
        json.writeNumberField("stopped", analysis.sessions().stopped());
        json.writeArrayFieldStart("stoppedHolding");
        for (SessionLeak session : analysis.sessions().stoppedHolding()) {
            session(json, session, "stoppedAt");
        }
        json.writeEndArray();
        json.writeArrayFieldStart("neverStopped");
        for (SessionLeak session : analysis.sessions().neverStopped()) {
            session(json, session, "startedAt");
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void session(JsonGenerator json, SessionLeak session, String timeField) throws IOException {
        json.writeStartObject();
        json.writeNumberField("sessionId", session.sessionId());
        json.writeStringField("name", session.name());
        json.writeNumberField("handles", session.handles());
        if (session.at().isPresent()) {
            json.writeStringField(timeField, time(session.at().get()));
        }
        if (session.where().isPresent()) {
            json.writeStringField("site", session.where().get().site().text());
            json.writeStringField("siteFrom", session.where().get().atStop() ? "stop" : "start");
        }
        json.writeEndObject();
    }

    private static void anomalies(JsonGenerator json, Analysis analysis) throws IOException {
        json.writeObjectFieldStart("anomalies");
        json.writeNumberField("doubleReleases", analysis.anomalies().doubleReleases());
        json.writeNumberField("unmatchedReleases", analysis.anomalies().unmatchedReleases());
        json.writeArrayFieldStart("groups");
        for (AnomalyGroup group : analysis.anomalies().groups()) {
            json.writeStartObject();
            json.writeStringField("type", group.type().wireName());
            json.writeStringField("kind", group.kind());
            if (group.site().isPresent()) {
                json.writeStringField("site", group.site().get().text());
            }
            json.writeNumberField("count", group.count());
            if (group.acquireSite().isPresent()) {
                json.writeStringField("acquireSite", group.acquireSite().get().text());
            }
            if (group.releaseSite().isPresent()) {
                json.writeStringField("releaseSite", group.releaseSite().get().text());
                stringArray(json, "releaseStack", group.releaseStack().lines());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void series(JsonGenerator json, Series series, String chart) throws IOException {
        json.writeStartObject();
        json.writeStringField("series", series.name());
        json.writeStringField("trend", series.trend().wireName());
        json.writeNumberField("samples", series.samples().size());
        json.writeNumberField("first", series.first());
        json.writeNumberField("last", series.last());
        json.writeNumberField("min", series.min());
        json.writeNumberField("max", series.max());
        json.writeNumberField("slopePerMinute", series.slopePerMinute());
        if (chart != null) {
            json.writeStringField("chart", chart);
        }
        json.writeEndObject();
    }

    private static void retained(JsonGenerator json, RetainedGroup group) throws IOException {
        json.writeStartObject();
        json.writeStringField("site", group.site().text());
        json.writeStringField("type", group.type());
        json.writeNumberField("count", group.count());
        json.writeNumberField("oldestAgeMillis", group.oldestAgeMillis());
        stringArray(json, "referenceChain", group.referenceChain());
        json.writeStringField("root", group.root());
        stringArray(json, "stackTrace", group.stackTrace());
        json.writeEndObject();
    }

    private static void baseline(JsonGenerator json, Comparison comparison) throws IOException {
        json.writeObjectFieldStart("baseline");
        for (GroupStatus status : GroupStatus.values()) {
            json.writeNumberField(status.wireName(), comparison.count(status));
        }
        json.writeArrayFieldStart("fixedGroups");
        for (BaselineEntry group : comparison.fixed()) {
            BaselineFile.writeGroup(json, group);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void stringArray(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    /** ISO-8601 in UTC, as {@code Instant} prints it. */
    private static String time(Instant instant) {
        return instant.toString();
    }
}
