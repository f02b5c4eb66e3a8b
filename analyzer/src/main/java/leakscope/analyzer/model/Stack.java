package leakscope.analyzer.model;

import java.util.List;

/** A recorded stack trace, innermost frame first. */
public record Stack(List<Frame> frames) {
    public static final Stack EMPTY = new Stack(List.of());

    public Stack {
        frames = List.copyOf(frames);
    }

    /** The index of the first frame at {@code site}, or -1: where a report marks the site in the stack. */
    public int indexOf(Site site) {
        for (int i = 0; i < frames.size(); i++) {
            if (site.isFrame() && Site.of(frames.get(i)).equals(site)) {
                return i;
            }
        }
        return -1;
    }

    public List<String> lines() {
        return frames.stream().map(Frame::toString).toList();
    }
}
