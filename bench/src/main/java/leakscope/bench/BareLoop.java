package leakscope.bench;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.Map;
import jdk.jfr.EventType;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * The floor set by the JDK's consumer API: a bare {@code RecordingFile} loop that pairs acquire and
 * release by id, with no out-of-order care, no stacks, no sessions. Prints "events N open M".
 */
public final class BareLoop {
    private BareLoop() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println(pair(Paths.get(args[0])));
    }

    /** Pairs the file's acquires and releases; "events N open M". */
    static String pair(Path file) throws Exception {
        Map<Long, Long> open = new HashMap<>();
        Map<EventType, Integer> kinds = new HashMap<>();
        long events = 0;
        try (RecordingFile recording = new RecordingFile(file)) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                events++;
                int kind = kinds.computeIfAbsent(event.getEventType(), type -> switch (type.getName()) {
                    case "leakscope.ResourceAcquire" -> 1;
                    case "leakscope.ResourceRelease" -> 2;
                    default -> 0;
                });
                if (kind == 1) {
                    open.put(event.getLong("handleId"), event.getStartTime().toEpochMilli());
                } else if (kind == 2) {
                    open.remove(event.getLong("handleId"));
                }
            }
        }
        return "events " + events + " open " + open.size();
    }
}
