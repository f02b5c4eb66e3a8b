package leakscope.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import leakscope.analyzer.model.Analysis;
import leakscope.analyzer.model.Reason;
import leakscope.analyzer.model.Warning;
import leakscope.recorder.InProcessRecording;
import leakscope.recorder.Leakscope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Chunk headers that say what a healthy file never says: each is read as far as it can be, and said so. */
class DamagedChunksTest {
    private static final int STATE = 64;

    @TempDir
    static Path seeds;
    static byte[] first;
    static byte[] second;

    @TempDir
    Path dir;

    @BeforeAll
    static void record() throws Exception {
        first = Files.readAllBytes(recording(seeds.resolve("first.jfr"), 3));
        second = Files.readAllBytes(recording(seeds.resolve("second.jfr"), 4));
    }

    @Test
    void aSecondChunkClaimingLongMaxValueBytesIsACutNotACrash() throws Exception {
        byte[] bytes = concat(first, second);
        ByteBuffer.wrap(bytes).putLong(first.length + 8, Long.MAX_VALUE);
        Path file = Files.write(dir.resolve("huge.jfr"), bytes);

        Analysis analysis = analyze(file);

        assertThat(analysis.recordings().get(0).truncated()).isTrue();
        assertThat(analysis.summary().suspected()).isEqualTo(3);
        assertThat(analysis.warnings()).contains(new Warning.Truncated(file, Warning.Truncation.CUT, first.length, 1,
                first.length, bytes.length));
    }

    @Test
    void aRepositorysUnflushedNewestChunkIsSkippedAndTheFinishedOnesAnalysed() throws Exception {
        // killed just after a rotation: a 68-byte header, "in progress", no metadata yet, then whatever was there
        byte[] unflushed = Arrays.copyOf(second, 4096);
        ByteBuffer header = ByteBuffer.wrap(unflushed);
        header.putLong(8, 68).putLong(16, 0).putLong(24, 0).put(STATE, (byte) 1);
        Path repository = Files.createDirectories(dir.resolve("repository"));
        Files.write(repository.resolve("2026_01_01_10_00_00.jfr"), first);
        Path newest = Files.write(repository.resolve("2026_01_01_10_00_05.jfr"), unflushed);

        Analysis analysis = analyze(repository);

        assertThat(analysis.summary().suspected()).isEqualTo(3);
        assertThat(analysis.warnings()).contains(new Warning.SkippedUnflushed(newest));
        assertFails(newest, newest + ": still being written: nothing has been flushed to it yet (the newest chunk of "
                + "a running or killed JVM's repository)");
    }

    @Test
    void aChunkStillBeingWrittenIsReadToItsLastFlushAndMarkedTruncated() throws Exception {
        byte[] bytes = concat(first, second);
        bytes[first.length + STATE] = 3; // a generation: the JVM had flushed this much, then died
        Path file = Files.write(dir.resolve("killed.jfr"), bytes);

        Analysis analysis = analyze(file);

        assertThat(analysis.recordings().get(0).truncated()).isTrue();
        assertThat(analysis.summary().suspected()).isEqualTo(7);
        assertThat(analysis.leaks()).allSatisfy(g -> assertThat(g.reason()).isEqualTo(Reason.HELD_AT_END));
        assertThat(analysis.warnings()).anyMatch(w -> w instanceof Warning.Truncated t && t.file().equals(file)
                && t.how() == Warning.Truncation.IN_PROGRESS);
    }

    @Test
    void aSecondChunkWithoutItsMagicIsSkippedAsDamaged() throws Exception {
        byte[] bytes = concat(first, second);
        bytes[first.length] = 'X';
        Path file = Files.write(dir.resolve("damaged.jfr"), bytes);

        Analysis analysis = analyze(file);

        assertThat(analysis.summary().suspected()).isEqualTo(3);
        assertThat(analysis.warnings()).contains(new Warning.Truncated(file, Warning.Truncation.DAMAGED, first.length, 1,
                first.length, bytes.length));
        assertThat(bytes.length - first.length).isEqualTo(second.length);
    }

    @Test
    void zeroedDurationAndStartTicksAreHeadersContradicted() throws Exception {
        byte[] noDuration = first.clone();
        ByteBuffer.wrap(noDuration).putLong(40, 0);
        byte[] noTicks = first.clone();
        ByteBuffer.wrap(noTicks).putLong(48, 0);
        Path duration = Files.write(dir.resolve("duration.jfr"), noDuration);
        Path ticks = Files.write(dir.resolve("ticks.jfr"), noTicks);

        assertThat(analyze(duration).warnings()).contains(new Warning.HeaderContradicted(duration, 1, 0,
                Warning.HeaderField.DURATION, 0));
        assertThat(analyze(ticks).warnings()).contains(new Warning.HeaderContradicted(ticks, 1, 0,
                Warning.HeaderField.START_TICKS, 0));
    }

    @Test
    void eventsDatedOutsideTheirChunkAreHeadersContradicted() throws Exception {
        byte[] shifted = first.clone();
        ByteBuffer header = ByteBuffer.wrap(shifted);
        header.putLong(48, header.getLong(48) + 10 * header.getLong(56)); // its clock said to start 10 s later
        Path file = Files.write(dir.resolve("shifted.jfr"), shifted);

        Analysis analysis = analyze(file);

        // by the header's clock the 3 handles were held 10 s by a site quiet since: held for the program's life
        assertThat(analysis.summary().suspected()).isZero();
        assertThat(analysis.lifetime()).extracting(g -> g.count()).containsExactly(3L);
        assertThat(analysis.warnings()).anyMatch(w -> w instanceof Warning.EventsOutsideChunks outside
                && outside.file().equals(file) && outside.count() > 0);
    }

    @Test
    void aFifoIsRefusedInsteadOfWaitedFor() throws Exception {
        Path fifo = dir.resolve("pipe.jfr");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertFails(fifo, fifo + ": not a regular file (a pipe, device or socket): give a .jfr file or a directory of them");
    }

    private static Path recording(Path file, int leaks) throws Exception {
        return InProcessRecording.record(file, () -> {
            for (int i = 0; i < leaks; i++) {
                Leakscope.acquire("file", file.getFileName() + "-" + i);
            }
        });
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static Analysis analyze(Path input) throws AnalysisException {
        return Analyzer.analyze(List.of(input), AnalysisOptions.DEFAULTS, Progress.NONE);
    }

    private static void assertFails(Path input, String message) {
        assertThatThrownBy(() -> analyze(input)).isInstanceOf(AnalysisException.class).hasMessage(message);
    }
}
