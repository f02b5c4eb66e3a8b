package leakscope.reports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import leakscope.analyzer.baseline.BaselineEntry;
import leakscope.analyzer.baseline.Fingerprint;
import leakscope.analyzer.model.Analysis;
import leakscope.analyzer.model.AnomalyGroup;
import leakscope.analyzer.model.LeakGroup;
import leakscope.analyzer.model.Reason;
import leakscope.analyzer.model.Verdict;

/**
 * {@code leakscope.sarif}: the leak groups as SARIF 2.1.0 results, one per group at its site, so GitHub code
 * scanning shows them as alerts on the pull request's lines; then, as notes, the groups of releases that pair
 * with nothing whose site is known. Growing series have no line to point at and stay in the other formats.
 */
public final class SarifReport {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String INFORMATION_URI = "https://github.com/leakscope/leakscope";
    /** GitHub code scanning keeps 25,000 results of a run and shows 5,000: the largest groups come first. */
    static final int MAX_RESULTS = 5_000;
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final String NOTE = "note";

    private SarifReport() {
    }

    public static String render(Analysis analysis, String toolVersion, SourceFiles sources) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(text).setPrettyPrinter(JsonLayout.prettyPrinter())) {
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            tool(json, toolVersion);
            json.writeArrayFieldStart("results");
            List<LeakGroup> groups = analysis.leaks();
            for (LeakGroup group : groups.subList(0, Math.min(groups.size(), MAX_RESULTS))) {
                result(json, group, sources);
            }
            int anomalyResults = MAX_RESULTS - Math.min(groups.size(), MAX_RESULTS);
            for (AnomalyGroup group : analysis.anomalies().groups()) {
                Optional<SourceFiles.Location> location = group.site().flatMap(sources::locate);
                if (location.isPresent() && anomalyResults-- > 0) {
                    anomaly(json, group, location.get());
                }
            }
            json.writeEndArray();
            if (groups.size() > MAX_RESULTS) {
                json.writeObjectFieldStart("properties");
                json.writeNumberField("leakGroupsNotListed", groups.size() - MAX_RESULTS);
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return text + "\n";
    }

    private static void tool(JsonGenerator json, String toolVersion) throws IOException {
        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", "leakscope");
        json.writeStringField("version", toolVersion);
        json.writeStringField("informationUri", INFORMATION_URI);
        json.writeArrayFieldStart("rules");
        for (Reason reason : Reason.values()) {
            rule(json, ruleId(reason), Words.ruleName(reason), Words.ruleSummary(reason), Words.meaning(reason),
                    level(reason.verdict()));
        }
        rule(json, ruleId(AnomalyGroup.Type.DOUBLE_RELEASE), "DoubleRelease", "Handle released twice",
                "a handle released again after its release: a second close() in the program, or ids reused by an "
                        + "emitter (not a leak).", NOTE);
        rule(json, ruleId(AnomalyGroup.Type.UNMATCHED_RELEASE), "UnmatchedRelease", "Release of a handle never acquired",
                "a release of a handle the recording never saw acquired, usually acquired before the recording started "
                        + "(not a leak).", NOTE);
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void rule(JsonGenerator json, String id, String name, String summary, String meaning, String level)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("id", id);
        json.writeStringField("name", name);
        json.writeObjectFieldStart("shortDescription");
        json.writeStringField("text", summary);
        json.writeEndObject();
        json.writeObjectFieldStart("fullDescription");
        json.writeStringField("text", meaning);
        json.writeEndObject();
        json.writeObjectFieldStart("defaultConfiguration");
        json.writeStringField("level", level);
        json.writeEndObject();
        json.writeEndObject();
    }

    /** A group of releases that pair with nothing, at its site: a note, never an alert that fails a check. */
    private static void anomaly(JsonGenerator json, AnomalyGroup group, SourceFiles.Location location) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", ruleId(group.type()));
        json.writeStringField("level", NOTE);
        json.writeObjectFieldStart("message");
        json.writeStringField("text", Words.anomalyLine(group, Clip.SENTENCE));
        json.writeEndObject();
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        physicalLocation(json, location);
        json.writeEndObject();
        json.writeEndArray();
        // like a leak group's: without line numbers, so the note survives unrelated edits
        fingerprintAndProperties(json, group.type().wireName() + "|" + group.kind() + "|"
                + group.site().map(Fingerprint::normalisedMethod).orElse("") + "|"
                + group.acquireSite().map(Fingerprint::normalisedMethod).orElse(""), group.count(), group.kind());
        json.writeEndObject();
    }

    /** The result's identity (hashed: it holds the recorded kind whole) and its count and kind. */
    private static void fingerprintAndProperties(JsonGenerator json, String fingerprint, long count, String kind)
            throws IOException {
        json.writeObjectFieldStart("partialFingerprints");
        json.writeStringField("leakscopeGroup/v1", sha256(fingerprint));
        json.writeEndObject();
        json.writeObjectFieldStart("properties");
        json.writeNumberField("count", count);
        json.writeStringField("kind", Clip.text(kind, Clip.NAME));
        json.writeEndObject();
    }

    private static void physicalLocation(JsonGenerator json, SourceFiles.Location location) throws IOException {
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", location.path());
        json.writeEndObject();
        json.writeObjectFieldStart("region");
        json.writeNumberField("startLine", Math.max(1, location.line()));
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void result(JsonGenerator json, LeakGroup group, SourceFiles sources) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", ruleId(group.reason()));
        json.writeStringField("level", level(group.verdict()));
        json.writeObjectFieldStart("message");
        json.writeStringField("text", Words.groupSentence(group, Clip.SENTENCE));
        json.writeEndObject();
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        Optional<SourceFiles.Location> location = sources.locate(group.site());
        if (location.isPresent()) {
            physicalLocation(json, location.get());
        }
        json.writeArrayFieldStart("logicalLocations");
        json.writeStartObject();
        json.writeStringField("fullyQualifiedName", Clip.text(group.site().text(), Clip.FRAME));
        json.writeStringField("kind", "function");
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
        fingerprintAndProperties(json, BaselineEntry.of(group).fingerprint(), group.count(), group.kind());
        json.writeEndObject();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    static String ruleId(Reason reason) {
        return "leakscope/" + reason.wireName();
    }

    static String ruleId(AnomalyGroup.Type type) {
        return "leakscope/" + type.wireName();
    }

    private static String level(Verdict verdict) {
        return verdict == Verdict.LEAKED ? "error" : "warning";
    }
}
