package leakscope.recorder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/** Runs code under an in-process recording of the leakscope events and reads the dump back. */
final class RecordedRun {
    static {
        try {
            // as an application would have: the gauge hook exists before the recording starts
            Class.forName(Leakscope.class.getName(), true, RecordedRun.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private RecordedRun() {
    }

    interface Body {
        void run() throws Exception;
    }

    static List<RecordedEvent> record(Body body) throws Exception {
        Path file = Files.createTempFile("recorder-test", ".jfr");
        try (Recording recording = new Recording()) {
            for (String name : List.of("leakscope.ResourceAcquire", "leakscope.ResourceRelease",
                    "leakscope.ResourceReclaimed", "leakscope.SessionStart", "leakscope.SessionStop", "leakscope.ObjectWatch",
                    "leakscope.ObjectReclaimed")) {
                recording.enable(name);
            }
            recording.enable("leakscope.Gauge").withPeriod(Duration.ofMillis(50));
            recording.start();
            body.run();
            recording.stop();
            recording.dump(file);
        }
        try {
            return RecordingFile.readAllEvents(file);
        } finally {
            Files.delete(file);
        }
    }

    static List<RecordedEvent> named(List<RecordedEvent> events, String name) {
        return events.stream().filter(e -> e.getEventType().getName().equals(name)).collect(Collectors.toList());
    }

    static RecordedEvent single(List<RecordedEvent> events, String name, long handleId) {
        List<RecordedEvent> matching = named(events, name).stream()
                .filter(e -> e.getLong("handleId") == handleId).collect(Collectors.toList());
        if (matching.size() != 1) {
            throw new AssertionError(name + " for handle " + handleId + ": " + matching.size() + " events");
        }
        return matching.get(0);
    }

}
