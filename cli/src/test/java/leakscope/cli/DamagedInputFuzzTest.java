package leakscope.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import leakscope.analyzer.fixtures.ChildJvm;
import leakscope.cli.fixtures.ChunkRotatingProgram;
import leakscope.recorder.InProcessRecording;
import leakscope.recorder.Leakscope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged recordings, made from real ones, must each end in one of the outcomes of issue 17: a complete
 * analysis; an analysis with a loss warning that names the file (and, when chunks were lost, marks it truncated);
 * or exit 2 with one line naming the file, and no report left in {@code --out}. Never a stack trace, another
 * exit code or a hang. Seeded: {@code -Dleakscope.fuzz.seed=N -Dleakscope.fuzz.cases=M} repeats a run (the
 * seed and counts are printed); {@code bench/fuzz.sh} runs the longer campaign.
 */
class DamagedInputFuzzTest {
    private static final long SEED = Long.getLong("leakscope.fuzz.seed", 17L);
    private static final int MUTATIONS = Integer.getInteger("leakscope.fuzz.cases", 120);
    private static final int TRUNCATIONS = Math.max(10, MUTATIONS / 3);
    private static final Duration PER_CASE = Duration.ofSeconds(30);
    private static final int HEADER_BYTES = 68;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Warnings that say something of the input was lost or is in doubt. */
    private static final Pattern LOSS = Pattern.compile("truncated|contradicted|damaged|skipped|duplicate|unreadable");

    @TempDir
    static Path seeds;
    static byte[] multiChunk;
    static byte[] live;

    @TempDir
    Path work;

    private final CliRun cli = new CliRun();
    private final Tally tally = new Tally();

    @BeforeAll
    static void record() throws Exception {
        // a child JVM that rotates chunks: several complete chunks, the last one final, with jdk.Shutdown
        multiChunk = Files.readAllBytes(ChildJvm.record(seeds, "multi", ChunkRotatingProgram.class, "4"));
        live = Files.readAllBytes(InProcessRecording.record(seeds.resolve("live.jfr"), () -> {
            for (int i = 0; i < 5; i++) {
                Leakscope.acquire("socket", "held " + i);
                Leakscope.acquire("file", "closed " + i).close();
            }
        }));
        assertThat(chunkStarts(multiChunk)).hasSizeGreaterThan(2);
    }

    @Test
    void truncationsAtEveryChunkBoundaryAndAtRandomEachEndInOneOfTheOutcomes() throws Exception {
        Random random = new Random(SEED);
        List<Long> cuts = new ArrayList<>();
        for (long start : chunkStarts(multiChunk)) {
            for (long delta : new long[] {0, 1, -1, HEADER_BYTES - 1, HEADER_BYTES}) {
                if (start + delta > 0 && start + delta < multiChunk.length) {
                    cuts.add(start + delta);
                }
            }
        }
        for (int i = 0; i < TRUNCATIONS; i++) {
            cuts.add(1 + (long) random.nextInt(multiChunk.length - 1));
        }
        for (long cut : cuts) {
            byte[] damaged = Arrays.copyOf(multiChunk, (int) cut);
            boolean atBoundary = chunkStarts(multiChunk).contains(cut);
            check("cut at byte " + cut + " of " + multiChunk.length, damaged, (file, exit, report) -> {
                if (exit == 0) {
                    // the final chunk, with jdk.Shutdown, is gone: nothing may be called open at exit
                    assertThat(reasons(report)).doesNotContain("open-at-exit");
                    if (!atBoundary) {
                        assertThat(report.at("/recordings/0/truncated").asBoolean()).isTrue();
                        assertThat(warnings(report)).anyMatch(w -> w.startsWith(file + ": truncated"));
                    }
                }
            });
        }
        tally.print("truncations", cuts.size());
    }

    @Test
    void byteMutationsOfChunkHeadersAndBodiesEachEndInOneOfTheOutcomes() throws Exception {
        Random random = new Random(SEED);
        List<Long> headers = chunkStarts(multiChunk);
        for (int i = 0; i < MUTATIONS; i++) {
            byte[] seed = i % 4 == 3 ? live : multiChunk;
            byte[] damaged = seed.clone();
            int offset;
            if (random.nextInt(3) == 0) { // a third in chunk headers, where the layout is decided
                List<Long> starts = seed == live ? List.of(0L) : headers;
                offset = (int) (starts.get(random.nextInt(starts.size())) + random.nextInt(HEADER_BYTES));
            } else {
                offset = random.nextInt(seed.length);
            }
            String what = mutate(damaged, offset, random);
            check(what + " at byte " + offset + " of " + (seed == live ? "live" : "multi"), damaged, (file, exit, report) -> {
            });
        }
        tally.print("mutations", MUTATIONS);
    }

    @Test
    void everyHeaderFieldOfTheFirstAndLastChunkAtZeroMinusOneAndLongMaxValueEndsInOneOfTheOutcomes() throws Exception {
        List<Long> starts = chunkStarts(multiChunk);
        int cases = 0;
        for (long chunk : List.of(starts.get(0), starts.get(starts.size() - 1))) {
            for (int field = 8; field < HEADER_BYTES - 4; field += 8) { // size, offsets, times, ticks
                for (long value : new long[] {0, -1, Long.MAX_VALUE}) {
                    byte[] damaged = multiChunk.clone();
                    ByteBuffer.wrap(damaged).putLong((int) chunk + field, value);
                    check("header field at +" + field + " of the chunk at " + chunk + " set to " + value, damaged,
                            (file, exit, report) -> {
                            });
                    cases++;
                }
            }
        }
        tally.print("header fields", cases);
    }

    private static String mutate(byte[] bytes, int offset, Random random) {
        int kind = random.nextInt(4);
        int width = Math.min(8, bytes.length - offset);
        switch (kind) {
            case 0:
                bytes[offset] ^= (byte) (1 << random.nextInt(8));
                return "bit flip";
            case 1:
                bytes[offset] = (byte) random.nextInt(256);
                return "random byte";
            case 2:
                Arrays.fill(bytes, offset, offset + width, (byte) 0);
                return "8 zero bytes";
            default:
                byte[] extreme = ByteBuffer.allocate(8).putLong(random.nextBoolean() ? Long.MAX_VALUE : -1L).array();
                System.arraycopy(extreme, 0, bytes, offset, width);
                return "extreme long";
        }
    }

    /** What a case must also hold when the analysis succeeded. */
    private interface Expectation {
        void check(Path file, int exit, JsonNode report) throws Exception;
    }

    private void check(String description, byte[] content, Expectation expectation) throws Exception {
        Path file = Files.write(work.resolve("case.jfr"), content);
        Path out = work.resolve("report");
        String context = String.format(Locale.ROOT, "seed %d, %s", SEED, description);
        int exit = assertTimeoutPreemptively(PER_CASE,
                () -> cli.run("analyze", file.toString(), "--format", "json", "--out", out.toString()), context);
        String err = cli.err();
        assertThat(err).as(context).doesNotContain("\tat ").doesNotContain("Exception:").doesNotContain("Error:");
        assertThat(exit).as(context + ": " + err).isIn(0, 2);
        if (exit == 2) {
            tally.failed++;
            assertThat(err.lines()).as(context).hasSize(1);
            assertThat(err).as(context).startsWith("leakscope: " + file + ": ");
            assertThat(out.resolve("leakscope.json")).as(context + ": a report left from the previous case").doesNotExist();
            return;
        }
        JsonNode report = JSON.readTree(out.resolve("leakscope.json").toFile());
        if (report.at("/recordings/0/truncated").asBoolean() || warnings(report).stream().anyMatch(w -> LOSS.matcher(w).find())) {
            tally.warned++;
        } else {
            tally.complete++;
        }
        try {
            expectation.check(file, exit, report);
        } catch (AssertionError e) {
            throw new AssertionError(context + ": " + e.getMessage(), e);
        }
    }

    private static List<String> warnings(JsonNode report) {
        List<String> warnings = new ArrayList<>();
        report.path("warnings").forEach(w -> warnings.add(w.asText()));
        return warnings;
    }

    private static List<String> reasons(JsonNode report) {
        List<String> reasons = new ArrayList<>();
        report.path("leaks").forEach(g -> reasons.add(g.path("reason").asText()));
        return reasons;
    }

    /** Where each chunk starts, from the chunk sizes in the headers of an undamaged recording. */
    static List<Long> chunkStarts(byte[] recording) {
        List<Long> starts = new ArrayList<>();
        ByteBuffer buffer = ByteBuffer.wrap(recording);
        long offset = 0;
        while (offset + HEADER_BYTES <= recording.length) {
            starts.add(offset);
            offset += buffer.getLong((int) offset + 8);
        }
        return starts;
    }

    /** Outcomes counted, printed so a run can be compared and repeated. */
    private static final class Tally {
        int complete;
        int warned;
        int failed;

        void print(String what, int cases) {
            System.out.printf(Locale.ROOT, "fuzz %s: seed %d, %d cases: %d complete, %d with a loss warning, %d exit 2%n",
                    what, SEED, cases, complete, warned, failed);
        }
    }
}
