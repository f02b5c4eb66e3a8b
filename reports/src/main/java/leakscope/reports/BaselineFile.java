package leakscope.reports;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import leakscope.analyzer.baseline.BaselineEntry;
import leakscope.analyzer.baseline.Fingerprint;
import leakscope.analyzer.model.Site;
import leakscope.analyzer.model.Verdict;

/**
 * Baselines on disk: {@code --write-baseline} writes the leak groups by fingerprint with their counts;
 * reading accepts such a file or a whole {@code leakscope.json} report (the main branch's, say).
 */
public final class BaselineFile {
    static final int FORMAT_VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private BaselineFile() {
    }

    public static void write(Path file, List<BaselineEntry> groups) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             JsonGenerator json = MAPPER.getFactory().createGenerator(out).setPrettyPrinter(JsonLayout.prettyPrinter())) {
            json.writeStartObject();
            json.writeNumberField("leakscopeBaseline", FORMAT_VERSION);
            json.writeArrayFieldStart("groups");
            for (BaselineEntry group : groups) {
                writeGroup(json, group);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    /** One group as baselines and the report's {@code baseline.fixedGroups} store it. */
    static void writeGroup(JsonGenerator json, BaselineEntry group) throws IOException {
        json.writeStartObject();
        json.writeStringField("fingerprint", group.fingerprint());
        json.writeStringField("verdict", group.verdict().wireName());
        json.writeStringField("reason", group.reason());
        json.writeStringField("kind", group.kind());
        json.writeStringField("site", group.site());
        json.writeNumberField("count", group.count());
        json.writeEndObject();
    }

    /** The groups of a baseline file or a leakscope.json report; a failure names the file in one line. */
    public static List<BaselineEntry> read(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException(file + ": is a directory, not a leakscope.json report or a baseline file");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new IOException(file + ": not a regular file (a pipe or device), not a leakscope.json report or a baseline file");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": no such file", e);
        } catch (JsonProcessingException e) {
            throw new IOException(file + ": not JSON (" + e.getOriginalMessage() + ")", e);
        } catch (CharacterCodingException e) {
            throw new IOException(file + ": not a text file (a recording? diff and --baseline read leakscope.json)", e);
        } catch (IOException e) {
            throw new IOException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        JsonNode groups = root == null ? null : root.has("groups") ? root.get("groups") : root.get("leaks");
        if (groups == null || !groups.isArray()) {
            throw new IOException(file + ": neither a leakscope baseline nor a leakscope.json report");
        }
        List<BaselineEntry> entries = new ArrayList<>();
        for (JsonNode group : groups) {
            if (!group.path("site").isTextual() || !group.path("count").canConvertToLong()) {
                throw new IOException(file + ": a leak group without site or count");
            }
            String verdictName = group.path("verdict").asText();
            Verdict verdict = Verdict.fromWireName(verdictName)
                    .orElseThrow(() -> new IOException(file + ": a leak group with an unknown verdict: " + verdictName));
            String reason = group.path("reason").asText();
            String kind = group.path("kind").asText();
            String site = group.path("site").asText();
            // the site as the file spells it; its fingerprint from its class and method
            entries.add(new BaselineEntry(Fingerprint.of(verdict, reason, kind, Site.parse(site)), verdict, reason, kind,
                    site, group.path("count").asLong()));
        }
        return entries;
    }
}
