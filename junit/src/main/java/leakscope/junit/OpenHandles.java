package leakscope.junit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import leakscope.analyzer.model.Frame;
import leakscope.analyzer.model.Stack;
import leakscope.recorder.Handle;
import leakscope.recorder.HandleObserver;
import leakscope.recorder.Session;

/**
 * The handles acquired inside a session and not yet released, with their stacks, for the whole run.
 * Handles acquired outside any session belong to no test and are not kept; a test that leaked keeps
 * its handles here, and they are never blamed on another test (they are not in its session).
 */
final class OpenHandles implements HandleObserver {
    private final Map<Handle, Acquisition> open = new ConcurrentHashMap<>();
    // every distinct acquire stack of the run so far: the site rule counts all acquisitions, released ones too
    private final Set<Stack> stacks = ConcurrentHashMap.newKeySet();

    /** One acquire as the test saw it. */
    record Acquisition(Handle handle, String description, Session session, String thread, Stack stack) {
    }

    @Override
    public void acquired(Handle handle, String description, Session session) {
        if (session == null) {
            return;
        }
        Stack stack = stackHere();
        open.put(handle, new Acquisition(handle, description == null ? "" : description, session,
                Thread.currentThread().getName(), stack));
        stacks.add(stack);
    }

    @Override
    public void released(Handle handle) {
        open.remove(handle);
    }

    /** Unreleased handles acquired in {@code test} or in a session nested in it, oldest first. */
    List<Acquisition> heldBy(Session test) {
        return open.values().stream().filter(a -> belongsTo(a.session(), test))
                .sorted((a, b) -> Long.compare(a.handle().id(), b.handle().id())).collect(Collectors.toList());
    }

    /** The run's distinct acquire stacks so far. */
    Set<Stack> stacks() {
        return Set.copyOf(stacks);
    }

    private static boolean belongsTo(Session session, Session test) {
        for (Session s = session; s != null; s = s.parent().orElse(null)) {
            if (s == test) {
                return true;
            }
        }
        return false;
    }

    /** The calling observer's caller's stack: the frames below an observer method. */
    static Stack stackHere() {
        StackTraceElement[] elements = new Throwable().getStackTrace();
        List<Frame> frames = new ArrayList<>(elements.length);
        for (StackTraceElement element : elements) {
            frames.add(new Frame(element.getClassName(), element.getMethodName(), "", element.getLineNumber(),
                    element.isNativeMethod()));
        }
        // the first frames are this observer and the recorder's notification: the analyser skips the recorder's
        return new Stack(frames.subList(2, frames.size()));
    }
}
