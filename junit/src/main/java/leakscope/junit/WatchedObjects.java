package leakscope.junit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import leakscope.analyzer.model.Stack;
import leakscope.recorder.Handle;
import leakscope.recorder.HandleObserver;
import leakscope.recorder.Session;
import leakscope.recorder.Watch;

/**
 * The objects watched inside a session (watched by a test, attached to a session it stopped, or such a
 * session itself), not yet judged. Only ids of the sessions are kept: holding a session here would keep
 * it reachable, and the test that stopped it would be blamed for this extension's reference.
 */
final class WatchedObjects implements HandleObserver {
    private final Set<Watched> pending = ConcurrentHashMap.newKeySet();
    // every distinct watch stack of the run so far: the site rule counts all of them
    private final Set<Stack> stacks = ConcurrentHashMap.newKeySet();

    /**
     * One watch as the test saw it.
     *
     * @param sessionIds the owning session and its ancestors, innermost first
     */
    record Watched(Watch watch, long[] sessionIds, String thread, Stack stack) {
    }

    @Override
    public void acquired(Handle handle, String description, Session session) {
    }

    @Override
    public void released(Handle handle) {
    }

    @Override
    public void watched(Watch watch, Object object, Session session) {
        if (session == null) {
            return; // belongs to no test
        }
        List<Long> ids = new ArrayList<>();
        for (Session s = session; s != null; s = s.parent().orElse(null)) {
            ids.add(s.id());
        }
        Stack stack = OpenHandles.stackHere();
        pending.add(new Watched(watch, ids.stream().mapToLong(Long::longValue).toArray(),
                Thread.currentThread().getName(), stack));
        stacks.add(stack);
    }

    /**
     * Takes the unjudged watches of {@code test} (made in it or in sessions nested in it), oldest first.
     */
    List<Watched> takeFrom(Session test) {
        List<Watched> taken = pending.stream().filter(w -> belongsTo(w, test.id())).collect(Collectors.toList());
        pending.removeAll(taken);
        taken.sort((a, b) -> Long.compare(a.watch().id(), b.watch().id()));
        return taken;
    }

    Set<Stack> stacks() {
        return Set.copyOf(stacks);
    }

    private static boolean belongsTo(Watched watched, long testId) {
        for (long id : watched.sessionIds()) {
            if (id == testId) {
                return true;
            }
        }
        return false;
    }
}
