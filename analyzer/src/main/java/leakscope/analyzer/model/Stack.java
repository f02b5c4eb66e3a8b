package leakscope.analyzer.model;

import java.util.List;

/** A recorded stack trace, innermost frame first. */
public record Stack(List<Frame> frames) {
    public static final Stack EMPTY = new Stack(List.of());

    public Stack {
        frames = List.copyOf(frames);
    }

    public List<String> lines() {
        return frames.stream().map(Frame::toString).toList();
    }
}
