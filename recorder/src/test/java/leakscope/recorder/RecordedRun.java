package leakscope.recorder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/** Runs code under an in-process recording of the leakscope events and reads the dump back. */
final class RecordedRun {
    private RecordedRun() {
    }

    static List<RecordedEvent> record(InProcessRecording.Body body) throws Exception {
        Path file = InProcessRecording.record(Files.createTempFile("recorder-test", ".jfr"), body);
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
