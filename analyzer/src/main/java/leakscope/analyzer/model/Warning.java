package leakscope.analyzer.model;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Something about an input that a report's reader must know to trust it: a value with the file and the
 * numbers; the reports put it into words.
 */
public sealed interface Warning {
    /** The input file it is about. */
    Path file();

    /** How a file's end could not be read whole. */
    enum Truncation {
        /** Bytes follow its last complete chunk that are not a chunk: the file was cut. */
        CUT,
        /** Its last chunk was still being written (a running or killed JVM's repository): read to the last flush. */
        IN_PROGRESS,
        /** A chunk after the readable ones was still being written with nothing flushed to it yet. */
        UNFLUSHED,
        /** A chunk header contradicts the file (size, offsets, version): it and what follows were skipped. */
        DAMAGED
    }

    /**
     * Part of the file was lost at its end: only its first {@code chunksRead} chunks ({@code bytesRead} of
     * {@code fileBytes} bytes) were read, and what follows byte {@code atByte} was not.
     */
    record Truncated(Path file, Truncation how, long atByte, int chunksRead, long bytesRead, long fileBytes)
            implements Warning {
        public Truncated {
            Objects.requireNonNull(how, "how");
        }
    }

    /** The file was skipped: a chunk still being written with nothing flushed to it yet. */
    record SkippedUnflushed(Path file) implements Warning {
    }

    /** A field of a chunk's header that a chunk cannot have, so that chunk's times may be wrong. */
    enum HeaderField {
        START_TIME, DURATION, START_TICKS, TICKS_PER_SECOND
    }

    /** Chunk number {@code chunk} (from 1), at byte {@code atByte}, says {@code value} in {@code field}. */
    record HeaderContradicted(Path file, int chunk, long atByte, HeaderField field, long value) implements Warning {
        public HeaderContradicted {
            Objects.requireNonNull(field, "field");
        }
    }

    /** {@code count} events were left out, not read as zeros: {@code problem} is what they break. */
    record BrokenEvents(Path file, String problem, long count) implements Warning {
    }

    /** {@code count} events are dated outside their chunks' time span (a damaged header or event). */
    record EventsOutsideChunks(Path file, long count) implements Warning {
    }

    /** The file holds {@code recordings} recordings concatenated (of several JVM runs): each was read on its own. */
    record ConcatenatedRecordings(Path file, int recordings) implements Warning {
    }

    /**
     * {@code duplicates} of the file's {@code chunks} chunks repeat chunks of {@code original} (the same file
     * when it repeats itself), byte for byte: they were read once.
     */
    record DuplicateChunks(Path file, int duplicates, int chunks, Path original) implements Warning {
    }

    /**
     * A JVM run with more series than a report can show: {@code gauges} gauge series ({@code growingGauges} of
     * them growing, still counted in the summary) and the open handles of {@code kinds} kinds are not listed.
     */
    record SeriesLeftOut(Path file, int gauges, int growingGauges, int kinds) implements Warning {
    }

    /** JFR lost events ({@code jdk.DataLoss}), so unreleased handles are only suspected. */
    record DataLost(Path file, long bytes) implements Warning {
    }

    /** No {@code jdk.JVMInformation}: the file was analysed as a JVM run of its own. */
    record NoJvmIdentity(Path file) implements Warning {
    }

    /** Neither leakscope events nor any of the JVM's events the analysis uses. */
    record NothingToAnalyse(Path file) implements Warning {
    }

    /**
     * The timeline's first recording starts {@code lateNanos} after its JVM: handles acquired before it
     * are invisible, and their releases count as unmatched.
     */
    record LateStart(Path file, long lateNanos) implements Warning {
    }

    /**
     * A heap dump written by another JVM than the recordings' (another process id, or dumped before the
     * recorded JVM started): no reference paths are taken from it.
     *
     * @param dumpPid the dump's process id, 0 when the dump does not show it
     * @param recordedPids the recordings' process ids
     */
    record HeapDumpOfAnotherJvm(Path file, long dumpPid, Instant dumpedAt, List<Long> recordedPids) implements Warning {
        public HeapDumpOfAnotherJvm {
            recordedPids = List.copyOf(recordedPids);
        }
    }
}
