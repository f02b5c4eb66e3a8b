package leakscope.agent;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * The agent's acquires and releases as a recording holds them (ids from 2^62), read with JFR's own
 * consumer API: what the agent tracked, independent of the analyser's verdicts.
 *
 * @param acquires in the order of the file
 * @param releasedIds the ids of the releases
 */
record RecordedHandles(List<Acquire> acquires, List<Long> releasedIds) {
    /** One acquire; {@code site} is {@code Class.method} of its first frame outside the JDK and leakscope. */
    record Acquire(long id, String kind, String description, String site) {
    }

    static RecordedHandles of(Path recording) throws IOException {
        List<Acquire> acquires = new ArrayList<>();
        List<Long> released = new ArrayList<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            String type = event.getEventType().getName();
            if (!event.hasField("handleId") || event.getLong("handleId") < Dispatcher.FIRST_ID) {
                continue;
            }
            if (type.equals("leakscope.ResourceAcquire")) {
                acquires.add(new Acquire(event.getLong("handleId"), event.getString("kind"), event.getString("description"),
                        site(event)));
            } else if (type.equals("leakscope.ResourceRelease")) {
                released.add(event.getLong("handleId"));
            }
        }
        return new RecordedHandles(acquires, released);
    }

    List<Acquire> at(String site) {
        return acquires.stream().filter(a -> a.site().equals(site)).toList();
    }

    private static String site(RecordedEvent event) {
        if (event.getStackTrace() == null) {
            return "";
        }
        for (RecordedFrame frame : event.getStackTrace().getFrames()) {
            String type = frame.getMethod().getType().getName();
            if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")
                    && !type.startsWith("leakscope.")) {
                return type + "." + frame.getMethod().getName();
            }
        }
        return "";
    }
}
