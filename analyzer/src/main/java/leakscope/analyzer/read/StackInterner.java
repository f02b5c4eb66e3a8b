package leakscope.analyzer.read;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import leakscope.analyzer.model.Frame;
import leakscope.analyzer.model.Stack;

/**
 * Turns recorded stacks into equal-means-identical {@link Stack} values. The JDK's parser hands out
 * one {@code RecordedStackTrace} object per stack per chunk, so an identity cache makes the common case
 * a single lookup; the reader empties it at each new chunk, so that chunks already read can be collected.
 */
final class StackInterner {
    private static final int IDENTITY_CACHE_LIMIT = 8192;

    private final Map<RecordedStackTrace, Stack> byIdentity = new IdentityHashMap<>();
    private final Map<Stack, Stack> canonical;

    /** @param canonical shared by readers of one analysis, so equal stacks are one object across threads */
    StackInterner(Map<Stack, Stack> canonical) {
        this.canonical = canonical;
    }

    /** Drops the cached objects of the chunk read so far. */
    void forgetChunk() {
        byIdentity.clear();
    }

    Stack intern(RecordedStackTrace recorded) {
        if (recorded == null) {
            return Stack.EMPTY;
        }
        Stack known = byIdentity.get(recorded);
        if (known != null) {
            return known;
        }
        Stack stack = canonical.computeIfAbsent(convert(recorded), s -> s);
        if (byIdentity.size() >= IDENTITY_CACHE_LIMIT) {
            byIdentity.clear();
        }
        byIdentity.put(recorded, stack);
        return stack;
    }

    private static Stack convert(RecordedStackTrace recorded) {
        List<RecordedFrame> recordedFrames = recorded.getFrames();
        List<Frame> frames = new ArrayList<>(recordedFrames.size());
        for (RecordedFrame frame : recordedFrames) {
            RecordedMethod method = frame.getMethod();
            String type = method.getType() == null ? "" : method.getType().getName();
            frames.add(new Frame(type, method.getName(), method.getDescriptor(), frame.getLineNumber(),
                    "Native".equals(frame.getType())));
        }
        return new Stack(frames);
    }
}
