package leakscope.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import jdk.jfr.Recording;
import leakscope.analyzer.event.EventNames;
import leakscope.recorder.Leakscope;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What the whole test run shares: one JFR recording (not one per test) and the observer of open handles.
 * JUnit closes it when the run ends, which dumps the recording if {@code leakscope.recording} names a file.
 */
final class RunRecording implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    static final String RECORDING_PARAMETER = "leakscope.recording";

    private final OpenHandles openHandles = new OpenHandles();
    private final WatchedObjects watchedObjects = new WatchedObjects();
    private final AutoCloseable observation;
    private final AutoCloseable watchObservation;
    private final Recording recording = new Recording();
    private final Optional<Path> keepAs;

    RunRecording(Optional<Path> keepAs) {
        this.keepAs = keepAs;
        this.observation = Leakscope.observe(openHandles);
        this.watchObservation = Leakscope.observe(watchedObjects);
        for (String name : List.of(EventNames.ACQUIRE, EventNames.RELEASE, EventNames.RECLAIMED,
                EventNames.SESSION_START, EventNames.SESSION_STOP, EventNames.GAUGE, EventNames.OBJECT_WATCH,
                EventNames.OBJECT_RECLAIMED, EventNames.GARBAGE_COLLECTION, EventNames.THREAD_START,
                EventNames.THREAD_END, EventNames.DATA_LOSS)) {
            recording.enable(name);
        }
        recording.enable(EventNames.JVM_INFORMATION).with("period", "beginChunk");
        recording.setName("leakscope tests");
        recording.start();
    }

    OpenHandles openHandles() {
        return openHandles;
    }

    WatchedObjects watchedObjects() {
        return watchedObjects;
    }

    @Override
    public void close() throws Exception { // JUnit 5.13+ closes AutoCloseable store values; older ones CloseableResource
        observation.close();
        watchObservation.close();
        recording.stop();
        if (keepAs.isPresent()) {
            try {
                Path parent = keepAs.get().toAbsolutePath().getParent();
                Files.createDirectories(parent);
                recording.dump(keepAs.get());
            } catch (IOException e) {
                throw new UncheckedIOException("leakscope: cannot keep the test recording as " + keepAs.get(), e);
            }
        }
        recording.close();
    }
}
